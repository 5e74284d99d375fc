// The plugin manifest: who the plugin is, which city it serves, which contract it targets, its
// namespace, the core entities it extends and the roles it acts for. Validated with one-line reasons.
import semver from 'semver';
import { z } from 'zod';

export const manifestSchema = z.object({
  /** kebab-case, e.g. 'zhangzhou'; the package is @wuye/plugin-<name> */
  name: z.string().regex(/^[a-z][a-z0-9-]{1,30}$/, 'must be kebab-case, e.g. "zhangzhou"'),
  /** the city (GB/T 2260 code) whose data the plugin serves, e.g. '350600' */
  city: z.string().regex(/^35\d{2}00$/, 'must be a Fujian city code such as 350600'),
  version: z.string().refine((v) => semver.valid(v) !== null, 'must be a semantic version such as 0.1.0'),
  /** the contract versions it is built against, e.g. '^1.0.0' */
  contract: z.string().refine((v) => semver.validRange(v) !== null, 'must be a semver range such as ^1.0.0'),
  /** prefix of every type (Zhangzhou…) and field (zhangzhou…) it adds */
  namespace: z.string().regex(/^[a-z][a-z0-9]{2,30}$/, 'must be lower-case letters and digits, e.g. "zhangzhou"'),
  /** core entities it adds fields to, e.g. ['ResidentialEstate', 'Region'] */
  extends: z.array(z.string()).default([]),
  /** roles whose tokens it acts on, e.g. ['STREET_STAFF', 'COUNTY_ADMIN'] */
  scopes: z.array(z.enum(['PROVINCE_ADMIN', 'CITY_ADMIN', 'COUNTY_ADMIN', 'STREET_STAFF', 'COMPANY', 'OWNER', 'PUBLIC'])).default([]),
  /** default port (4101 and up) */
  port: z.number().int().min(4101).max(4999),
});

export type PluginManifest = z.infer<typeof manifestSchema>;

/** Every problem of a manifest, one line each, or an empty list. */
export function manifestProblems(manifest: unknown): string[] {
  const result = manifestSchema.safeParse(manifest);
  if (result.success) return [];
  return result.error.issues.map((issue) => `manifest.${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

/** Type prefix from the namespace: 'zhangzhou' → 'Zhangzhou'. */
export const typePrefix = (namespace: string): string => namespace[0]!.toUpperCase() + namespace.slice(1);

/** The plugin's own PostgreSQL schema: plugin_<namespace>. */
export const pluginDbSchema = (namespace: string): string => `plugin_${namespace}`;
