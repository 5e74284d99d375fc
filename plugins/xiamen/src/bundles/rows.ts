// Reads of bundles, their estates and transitions, batched: each loader is one SQL statement for all
// the keys of a request.
import { defineLoader, groupedInKeyOrder, inKeyOrder, sql, type EntityManager, type PluginContext } from '@wuye/plugin-sdk';
import { S } from '../manifest.js';
import type { BundleState } from './lifecycle.js';

export interface BundleRow {
  id: string;
  name: string;
  streetCode: string;
  state: BundleState;
  proposedAt: Date;
  companyId: string | null;
  contractedOn: string | null;
  termMonths: number | null;
  contractEndsOn: string | null;
  endedOn: string | null;
  endReason: string | null;
  updatedAt: Date;
}

export interface BundleEstateRow {
  bundleId: string;
  estateId: string;
  position: number;
  estateName: string;
  regionCode: string;
  serviceMode: string;
  households: number;
  latitude: number;
  longitude: number;
  monthlyFeeIncome: string;
  monthlyCost: string;
  active: boolean;
}

export interface BundleTransitionRow {
  bundleId: string;
  streetCode: string;
  fromState: BundleState | null;
  toState: BundleState;
  at: Date;
  actor: string;
  actorRole: string;
}

type Raw = Record<string, unknown>;
const date = (v: unknown): string | null => (v == null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

export const BUNDLE_COLUMNS = `id, name, street_code, state, proposed_at, company_id, to_char(contracted_on, 'YYYY-MM-DD') as contracted_on, term_months, to_char(contract_ends_on, 'YYYY-MM-DD') as contract_ends_on, to_char(ended_on, 'YYYY-MM-DD') as ended_on, end_reason, updated_at`;

export const bundleFromRow = (r: Raw): BundleRow => ({
  id: r.id as string,
  name: r.name as string,
  streetCode: r.street_code as string,
  state: r.state as BundleState,
  proposedAt: new Date(r.proposed_at as Date),
  companyId: (r.company_id as string | null) ?? null,
  contractedOn: date(r.contracted_on),
  termMonths: r.term_months == null ? null : Number(r.term_months),
  contractEndsOn: date(r.contract_ends_on),
  endedOn: date(r.ended_on),
  endReason: (r.end_reason as string | null) ?? null,
  updatedAt: new Date(r.updated_at as Date),
});

// NUMERIC comes back as text: exact, never through a float
const ESTATE_COLUMNS = 'bundle_id, estate_id, position, estate_name, region_code, service_mode, households, latitude, longitude, monthly_fee_income::text as monthly_fee_income, monthly_cost::text as monthly_cost, active';

const estateFromRow = (r: Raw): BundleEstateRow => ({
  bundleId: r.bundle_id as string,
  estateId: r.estate_id as string,
  position: Number(r.position),
  estateName: r.estate_name as string,
  regionCode: r.region_code as string,
  serviceMode: r.service_mode as string,
  households: Number(r.households),
  latitude: Number(r.latitude),
  longitude: Number(r.longitude),
  monthlyFeeIncome: r.monthly_fee_income as string,
  monthlyCost: r.monthly_cost as string,
  active: Boolean(r.active),
});

export async function findBundle(em: EntityManager, id: string, lock = false): Promise<BundleRow | null> {
  const [row] = await sql<Raw>(em, `select ${BUNDLE_COLUMNS} from ${S}.bundle where id = ?${lock ? ' for update' : ''}`, [id]);
  return row ? bundleFromRow(row) : null;
}

export async function estatesOf(em: EntityManager, bundleId: string): Promise<BundleEstateRow[]> {
  return (await sql<Raw>(em, `select ${ESTATE_COLUMNS} from ${S}.bundle_estate where bundle_id = ? order by position`, [bundleId])).map(estateFromRow);
}

export const bundleById = defineLoader<string, BundleRow | null, PluginContext>(async (ids, ctx) =>
  inKeyOrder(ids, (await sql<Raw>(ctx.em, `select ${BUNDLE_COLUMNS} from ${S}.bundle where id = any(?::text[])`, [ids])).map(bundleFromRow), (b) => b.id),
);

export const bundleEstates = defineLoader<string, BundleEstateRow[], PluginContext>(async (ids, ctx) =>
  groupedInKeyOrder(ids, (await sql<Raw>(ctx.em, `select ${ESTATE_COLUMNS} from ${S}.bundle_estate where bundle_id = any(?::text[]) order by bundle_id, position`, [ids])).map(estateFromRow), (e) => e.bundleId),
);

/** the bundle (not ended) an estate belongs to */
export const activeBundleOfEstate = defineLoader<string, BundleRow | null, PluginContext>(async (estateIds, ctx) => {
  const rows = await sql<Raw>(
    ctx.em,
    `select member_id, ${BUNDLE_COLUMNS} from (select be.estate_id as member_id, b.* from ${S}.bundle_estate be join ${S}.bundle b on b.id = be.bundle_id where be.active and be.estate_id = any(?::text[])) x`,
    [estateIds],
  );
  const byEstate = new Map(rows.map((r) => [r.member_id as string, bundleFromRow(r)]));
  return estateIds.map((id) => byEstate.get(id) ?? null);
});

/** bundles a company is (or was) contracted for, newest contract first */
export const bundlesOfCompany = defineLoader<string, BundleRow[], PluginContext>(async (companyIds, ctx) =>
  groupedInKeyOrder(companyIds, (await sql<Raw>(ctx.em, `select ${BUNDLE_COLUMNS} from ${S}.bundle where company_id = any(?::text[]) order by contracted_on desc, id`, [companyIds])).map(bundleFromRow), (b) => b.companyId!),
);

export const bundleTransitions = defineLoader<string, BundleTransitionRow[], PluginContext>(async (ids, ctx) =>
  groupedInKeyOrder(
    ids,
    (await sql<Raw>(ctx.em, `select bundle_id, street_code, from_state, to_state, at, actor, actor_role from ${S}.bundle_transition where bundle_id = any(?::text[]) order by bundle_id, at, id`, [ids])).map((r) => ({
      bundleId: r.bundle_id as string,
      streetCode: r.street_code as string,
      fromState: (r.from_state as BundleState | null) ?? null,
      toState: r.to_state as BundleState,
      at: new Date(r.at as Date),
      actor: r.actor as string,
      actorRole: r.actor_role as string,
    })),
    (t) => t.bundleId,
  ),
);
