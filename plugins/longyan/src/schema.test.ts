// Every type, field, argument and value the plugin adds is described, starting with the Chinese term.
import { describedProblems } from '@wuye/plugin-sdk/testing';
import { expect, it } from 'vitest';
import plugin from './index.js';

it('describes everything it adds in Chinese first', () => {
  expect(describedProblems(plugin.schema(), plugin.manifest.namespace)).toEqual([]);
});
