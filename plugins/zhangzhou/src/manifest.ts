// Who this plugin is: 漳州's 城管双员进社区 grid cases, namespaced `zhangzhou`, extending the core's estates
// and regions, acting for 漳州's officials and readable by anyone inside 漳州 (or the province).
import type { PluginManifest } from '@wuye/plugin-sdk';

export const manifest = {
  name: 'zhangzhou',
  city: '350600',
  version: '0.1.0',
  contract: '^1.0.0',
  namespace: 'zhangzhou',
  extends: ['ResidentialEstate', 'Region'],
  scopes: ['PROVINCE_ADMIN', 'CITY_ADMIN', 'COUNTY_ADMIN', 'STREET_STAFF', 'PUBLIC'],
  port: 4101,
} satisfies PluginManifest;

/** 漳州市 */
export const CITY = manifest.city;
