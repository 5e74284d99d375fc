// The plugin's builder and the core entities it extends (ResidentialEstate and OwnersCommittee by id,
// Region by code), as the published contract keys them.
import { createPluginBuilder } from '@wuye/plugin-sdk';
import { manifest } from '../manifest.js';

export const { builder, core } = createPluginBuilder(manifest);
