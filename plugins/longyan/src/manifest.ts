// Who this plugin is: 龙岩's 红色业委会 drive and 业主大会表决, namespaced `longyan`, extending the core's
// estates, owners' committees and regions, acting for 龙岩's officials and its estates' owners.
import type { PluginManifest } from '@wuye/plugin-sdk';

export const manifest = {
  name: 'longyan',
  city: '350800', // 龙岩
  version: '0.1.0',
  contract: '^1.4.0',
  namespace: 'longyan',
  extends: ['ResidentialEstate', 'OwnersCommittee', 'Region'],
  scopes: ['PROVINCE_ADMIN', 'CITY_ADMIN', 'COUNTY_ADMIN', 'STREET_STAFF', 'OWNER'],
  port: 4103,
} satisfies PluginManifest;

/** 龙岩市 */
export const CITY = manifest.city;

/** the plugin's PostgreSQL schema, for raw SQL */
export const S = 'plugin_longyan';
