// The plugin's builder and the core entities it extends or refers to, keyed as the contract publishes them.
import { createPluginBuilder } from '@wuye/plugin-sdk';
import { manifest } from '../manifest.js';

export const { builder, core, toSchema } = createPluginBuilder(manifest);
