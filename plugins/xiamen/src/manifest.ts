// Who this plugin is: 厦门's "大物业" bundles and 小区治理党员先议 deliberations, plus 集美区's company party
// leaders serving as 副书记 (read from party-building), namespaced `xiamen`.
import type { PluginManifest } from '@wuye/plugin-sdk';

export const manifest = {
  name: 'xiamen',
  city: '350200',
  version: '0.1.0',
  contract: '^1.4.0',
  namespace: 'xiamen',
  // PartyOrganization is only referenced (returned for the gateway to resolve), never given fields
  extends: ['ResidentialEstate', 'PropertyCompany', 'Region', 'PartyOrganization'],
  scopes: ['PROVINCE_ADMIN', 'CITY_ADMIN', 'COUNTY_ADMIN', 'STREET_STAFF', 'COMPANY', 'OWNER', 'PUBLIC'],
  port: 4102,
} satisfies PluginManifest;

/** 厦门市 */
export const CITY = manifest.city;
/** 集美区 */
export const JIMEI = '350211';
/** the plugin's PostgreSQL schema */
export const S = 'plugin_xiamen';
