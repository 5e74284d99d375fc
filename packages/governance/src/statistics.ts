// 基层治理统计 — a region's figures, for any number of regions in ONE SQL statement: rows carry region codes
// copied at write time and every region is a code prefix. Everything is counted as of the request's
// date: a row dated later (the clock moved back) does not count yet.
import { regionPrefix, sql, type EntityManager } from '@wuye/kit';

const S = 'governance';

export interface RegionFigures {
  regionCode: string;
  gridsMerged: number;
  whistleReport: number;
  platformsConnected: number;
  mattersRaised: number;
  mattersSettled: number;
  settledAt: { ESTATE: number; COMMUNITY: number; STREET: number };
  averageDaysToSettle: number | null;
  enforcementActions: number;
  enforcementPending: number;
  enforcementByOutcome: Record<string, number>;
  meetings: number;
  resolutionsOpen: number;
  resolutionsOverdue: number;
  resolutionsDone: number;
  pilots: number;
  pilotEstates: number;
  renovationProjects: number;
  renovatedEstates: number;
  handedOver: number;
}

const n = (value: unknown): number => Number(value ?? 0);

export async function regionFigures(em: EntityManager, codes: readonly string[], today: string): Promise<RegionFigures[]> {
  const rows = await sql<Record<string, unknown>>(
    em,
    `with r(code, prefix) as (select c, p || '%' from unnest(?::text[], ?::text[]) x(c, p)),
     grid as (select r.code, count(*) filter (where g.milestone = 'GRID_MERGED')::int as merged, count(*) filter (where g.milestone = 'WHISTLE_REPORT')::int as whistle,
       count(*) filter (where g.milestone = 'PLATFORM_CONNECTED')::int as connected
       from r join ${S}.grid_integration g on g.county_code like r.prefix and g.achieved_on <= ?::date group by r.code),
     matters as (select r.code, count(*)::int as raised, count(*) filter (where m.settled_on <= ?::date)::int as settled,
       count(*) filter (where m.settled_on <= ?::date and m.settled_level = 'ESTATE')::int as at_estate,
       count(*) filter (where m.settled_on <= ?::date and m.settled_level = 'COMMUNITY')::int as at_community,
       count(*) filter (where m.settled_on <= ?::date and m.settled_level = 'STREET')::int as at_street,
       round(avg(m.settled_on - m.raised_on) filter (where m.settled_on <= ?::date), 1)::float as avg_days
       from r join ${S}.deliberation_matter m on m.region_code like r.prefix and m.raised_on <= ?::date group by r.code),
     enforcement as (select code, sum(n)::int as actions, json_object_agg(outcome, n) as by_outcome from (
       select r.code, case when a.concluded_on <= ?::date then a.outcome else 'PENDING' end as outcome, count(*)::int as n
       from r join ${S}.enforcement_action a on a.region_code like r.prefix and a.found_on <= ?::date group by 1, 2) x group by code),
     meetings as (select r.code, count(*)::int as meetings from r join ${S}.joint_meeting m on m.street_code like r.prefix and m.held_on <= ?::date group by r.code),
     resolutions as (select r.code, count(*) filter (where j.done_on is null or j.done_on > ?::date)::int as open,
       count(*) filter (where (j.done_on is null or j.done_on > ?::date) and j.deadline < ?::date)::int as overdue, count(*) filter (where j.done_on <= ?::date)::int as done
       from r join ${S}.joint_resolution j on j.street_code like r.prefix join ${S}.joint_meeting m on m.id = j.meeting_id and m.held_on <= ?::date group by r.code),
     pilots as (select r.code, count(distinct p.id)::int as pilots, count(pe.estate_id)::int as estates
       from r join ${S}.pilot p on p.community_code like r.prefix and p.designated_on <= ?::date left join ${S}.pilot_estate pe on pe.pilot_id = p.id group by r.code),
     renovation as (select r.code, count(distinct p.id)::int as projects, count(re.estate_id)::int as estates, count(distinct p.id) filter (where p.handed_over_on <= ?::date)::int as handed_over
       from r join ${S}.renovation_project p on p.region_code like r.prefix and p.started_on <= ?::date left join ${S}.renovation_estate re on re.project_id = p.id group by r.code)
     select r.code, grid.merged, grid.whistle, grid.connected, matters.raised, matters.settled, matters.at_estate, matters.at_community, matters.at_street, matters.avg_days,
       enforcement.actions, enforcement.by_outcome, meetings.meetings, resolutions.open, resolutions.overdue, resolutions.done,
       pilots.pilots, pilots.estates as pilot_estates, renovation.projects, renovation.estates as renovated_estates, renovation.handed_over
     from r left join grid using (code) left join matters using (code) left join enforcement using (code) left join meetings using (code)
       left join resolutions using (code) left join pilots using (code) left join renovation using (code)`,
    [codes, codes.map(regionPrefix), ...Array<string>(18).fill(today)],
  );
  const byCode = new Map(rows.map((row) => [row.code as string, row]));
  return codes.map((code) => {
    const row = byCode.get(code) ?? {};
    const byOutcome = (row.by_outcome as Record<string, number> | null) ?? {};
    return {
      regionCode: code,
      gridsMerged: n(row.merged),
      whistleReport: n(row.whistle),
      platformsConnected: n(row.connected),
      mattersRaised: n(row.raised),
      mattersSettled: n(row.settled),
      settledAt: { ESTATE: n(row.at_estate), COMMUNITY: n(row.at_community), STREET: n(row.at_street) },
      averageDaysToSettle: row.avg_days == null ? null : Number(row.avg_days),
      enforcementActions: n(row.actions),
      enforcementPending: n(byOutcome.PENDING),
      enforcementByOutcome: byOutcome,
      meetings: n(row.meetings),
      resolutionsOpen: n(row.open),
      resolutionsOverdue: n(row.overdue),
      resolutionsDone: n(row.done),
      pilots: n(row.pilots),
      pilotEstates: n(row.pilot_estates),
      renovationProjects: n(row.projects),
      renovatedEstates: n(row.renovated_estates),
      handedOver: n(row.handed_over),
    };
  });
}

export interface MediationYearFigures {
  regionCode: string;
  year: number;
  referred: number;
  agreements: number;
  noAgreement: number;
  returnedToCourt: number;
  /** cases referred in the year, by the state they stand at */
  byState: Record<string, number>;
}

/** Region.governance.mediations(year) for many regions in one statement */
export async function mediationYearFigures(em: EntityManager, codes: readonly string[], year: number, today: string): Promise<MediationYearFigures[]> {
  const rows = await sql<Record<string, unknown>>(
    em,
    `with r(code, prefix) as (select c, p || '%' from unnest(?::text[], ?::text[]) x(c, p)),
     c as (select r.code, m.* from r join ${S}.mediation_case m on m.region_code like r.prefix),
     counts as (select code,
       count(*) filter (where extract(year from referred_on) = ? and referred_on <= ?::date)::int as referred,
       count(*) filter (where state = 'AGREEMENT' and extract(year from concluded_on) = ? and concluded_on <= ?::date)::int as agreements,
       count(*) filter (where state in ('NO_AGREEMENT', 'RETURNED_TO_COURT') and extract(year from concluded_on) = ? and concluded_on <= ?::date)::int as no_agreement,
       count(*) filter (where extract(year from returned_on) = ? and returned_on <= ?::date)::int as returned
       from c group by code),
     states as (select code, json_object_agg(state, n) as by_state from (
       select code, state, count(*)::int as n from c where extract(year from referred_on) = ? and referred_on <= ?::date group by code, state) x group by code)
     select r.code, counts.referred, counts.agreements, counts.no_agreement, counts.returned, states.by_state
     from r left join counts using (code) left join states using (code)`,
    [codes, codes.map(regionPrefix), year, today, year, today, year, today, year, today, year, today],
  );
  const byCode = new Map(rows.map((row) => [row.code as string, row]));
  return codes.map((code) => {
    const row = byCode.get(code) ?? {};
    return { regionCode: code, year, referred: n(row.referred), agreements: n(row.agreements), noAgreement: n(row.no_agreement), returnedToCourt: n(row.returned), byState: (row.by_state as Record<string, number> | null) ?? {} };
  });
}
