// The plugin's builder and the core entities it extends (ResidentialEstate by id, Region by code), as
// the published contract keys them.
import { createPluginBuilder, type PluginContext } from '@wuye/plugin-sdk';
import { manifest } from '../manifest.js';

export type ZhangzhouContext = PluginContext;
export const { builder, core } = createPluginBuilder(manifest);
