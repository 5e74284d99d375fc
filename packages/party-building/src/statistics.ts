// 党建统计 — party-building figures for any set of regions in ONE SQL statement: each region is a
// code prefix; every count is taken from rows (region codes copied at write time) with FILTER clauses.
import { chinaDate, regionPrefix, sql, type EntityManager } from '@wuye/kit';
import { MIN_MEMBERS_TO_FOUND, type RedCommitteeRule } from './rules.js';

export interface PartyStatistics {
  regionCode: string;
  companies: number;
  companiesEligible: number;
  companiesEligibleWithOrganization: number;
  companiesWithInstructor: number;
  companiesCovered: number;
  estatesWithOrganization: number;
  estatesWithInstructor: number;
  committees: number;
  redCommittees: number;
  committeeMembers: number;
  committeePartyMembers: number;
  sites: number;
  estatesCoveredBySites: number;
  crossAppointments: number;
  deputySecretaries: number;
}

const S = 'party_building';

export async function partyStatistics(em: EntityManager, regionCodes: readonly string[], rule: RedCommitteeRule, now: Date): Promise<PartyStatistics[]> {
  const today = chinaDate(now);
  // "active on today": founded / sent / opened by today and not dissolved / recalled / ended by then
  const activeOrg = (o: string) => `${o}.established_on <= '${today}' and (${o}.dissolved_on is null or ${o}.dissolved_on > '${today}')`;
  const rows = await sql<Record<string, string | number>>(
    em,
    `with r(code, prefix) as (select * from unnest(?::text[], ?::text[])),
     company_status as (
       select p.company_id, p.region_code, p.party_members >= ${MIN_MEMBERS_TO_FOUND} as eligible,
         exists (select 1 from ${S}.organization_company oc join ${S}.party_organization o on o.id = oc.organization_id
                 where oc.company_id = p.company_id and o.kind = 'COMPANY' and ${activeOrg('o')}) as has_org,
         exists (select 1 from ${S}.instructor i where i.company_id = p.company_id and i.sent_on <= '${today}' and (i.recalled_on is null or i.recalled_on > '${today}')) as has_instructor
       from ${S}.company_party_members p),
     companies as (
       select r.code, count(c.company_id)::int as companies,
         count(c.company_id) filter (where c.eligible)::int as eligible,
         count(c.company_id) filter (where c.eligible and c.has_org)::int as eligible_with_org,
         count(c.company_id) filter (where c.has_instructor)::int as with_instructor,
         count(c.company_id) filter (where c.has_org or c.has_instructor)::int as covered
       from r join company_status c on c.region_code like r.prefix || '%' group by r.code),
     estates as (
       select r.code, count(distinct oe.estate_id)::int as with_org
       from r join ${S}.organization_estate oe on oe.region_code like r.prefix || '%'
       join ${S}.party_organization o on o.id = oe.organization_id and o.kind = 'ESTATE_BRANCH' and ${activeOrg('o')}
       group by r.code),
     estate_instructors as (
       select r.code, count(distinct i.estate_id)::int as with_instructor
       from r join ${S}.instructor i on i.estate_id is not null and i.region_code like r.prefix || '%' and i.sent_on <= '${today}' and (i.recalled_on is null or i.recalled_on > '${today}')
       group by r.code),
     committee_shares as (
       select committee_id, min(region_code) as region_code, count(*) as members, count(*) filter (where party_member) as party,
         bool_or(is_chair and party_member) as chair_party
       from ${S}.committee_member_party group by committee_id),
     committees as (
       select r.code, count(c.committee_id)::int as committees,
         count(c.committee_id) filter (where c.party::numeric / c.members >= ?::numeric and (not ?::boolean or c.chair_party))::int as red,
         coalesce(sum(c.members), 0)::int as members, coalesce(sum(c.party), 0)::int as party
       from r join committee_shares c on c.region_code like r.prefix || '%' group by r.code),
     sites as (
       select r.code, count(s.id)::int as sites
       from r join ${S}.party_site s on s.region_code like r.prefix || '%' and s.opened_on <= '${today}' group by r.code),
     site_estates as (
       select r.code, count(distinct se.estate_id)::int as estates
       from r join ${S}.site_estate se on se.region_code like r.prefix || '%'
       join ${S}.party_site s on s.id = se.site_id and s.opened_on <= '${today}' group by r.code),
     appointments as (
       select r.code, count(a.id)::int as active, count(a.id) filter (where a.organization_role = 'DEPUTY_SECRETARY')::int as deputies
       from r join ${S}.cross_appointment a on a.region_code like r.prefix || '%' and a.starts_on <= '${today}' and (a.ends_on is null or a.ends_on > '${today}')
       group by r.code)
     select r.code, companies.companies, companies.eligible, companies.eligible_with_org, companies.with_instructor, companies.covered,
       estates.with_org as estates_with_org, estate_instructors.with_instructor as estates_with_instructor,
       committees.committees, committees.red, committees.members, committees.party,
       sites.sites, site_estates.estates as site_estates, appointments.active, appointments.deputies
     from r
     left join companies using (code) left join estates using (code) left join estate_instructors using (code)
     left join committees using (code) left join sites using (code) left join site_estates using (code) left join appointments using (code)`,
    [regionCodes, regionCodes.map(regionPrefix), rule.minPartyMemberShare, rule.chairMustBePartyMember],
  );
  const byCode = new Map(rows.map((row) => [row.code as string, row]));
  return regionCodes.map((code) => {
    const row = byCode.get(code) ?? {};
    const n = (column: string) => Number(row[column] ?? 0);
    return {
      regionCode: code,
      companies: n('companies'),
      companiesEligible: n('eligible'),
      companiesEligibleWithOrganization: n('eligible_with_org'),
      companiesWithInstructor: n('with_instructor'),
      companiesCovered: n('covered'),
      estatesWithOrganization: n('estates_with_org'),
      estatesWithInstructor: n('estates_with_instructor'),
      committees: n('committees'),
      redCommittees: n('red'),
      committeeMembers: n('members'),
      committeePartyMembers: n('party'),
      sites: n('sites'),
      estatesCoveredBySites: n('site_estates'),
      crossAppointments: n('active'),
      deputySecretaries: n('deputies'),
    };
  });
}
