// Region.partyBuilding: the province's figures for any region, batched — all regions of one query
// level (and one red-committee rule) cost one SQL statement. The estate count behind the estate rate
// comes from registry through @requires: counts are never duplicated.
import { defineLoader, share } from '@wuye/kit';
import { ruleKey, type RedCommitteeRule } from '../rules.js';
import { partyStatistics, type PartyStatistics } from '../statistics.js';
import { builder, type PartyContext } from './builder.js';
import { RegionRef } from './core-entities.js';
import { RedRuleInput, RedRuleRef, ruleFromInput } from './red-rule.js';

interface RegionParty extends PartyStatistics {
  estates: number;
  rule: RedCommitteeRule;
}

/** keyed by "code|rule" so one batch may carry several rules; one statement per rule */
const statisticsByRegion = defineLoader<string, PartyStatistics, PartyContext>(async (keys, ctx) => {
  const byRule = new Map<string, string[]>();
  for (const key of keys) {
    const [code, rule] = [key.slice(0, key.indexOf('|')), key.slice(key.indexOf('|') + 1)];
    byRule.set(rule, [...(byRule.get(rule) ?? []), code]);
  }
  const results = new Map<string, PartyStatistics>();
  for (const [rule, codes] of byRule) {
    const [minShare, chair] = rule.split('|');
    const stats = await partyStatistics(ctx.em, codes, { minPartyMemberShare: Number(minShare), chairMustBePartyMember: chair === 'true' }, ctx.now);
    for (const s of stats) results.set(`${s.regionCode}|${rule}`, s);
  }
  return keys.map((key) => results.get(key)!);
});

const RegionPartyRef = builder.objectRef<RegionParty>('RegionPartyBuilding').implement({
  description: '党建统计 — party-building figures of a region (its whole subtree)',
  fields: (t) => ({
    companies: t.exposeInt('companies', { description: '物业服务企业 — property companies registered in the region' }),
    companiesEligible: t.exposeInt('companiesEligible', { description: '符合条件的企业 — companies with ≥ 3 party members' }),
    companiesWithOrganization: t.int({ description: '已建党组织 — eligible companies covered by an organisation', resolve: (r) => r.companiesEligibleWithOrganization }),
    companyOrganizationRate: t.float({ nullable: true, description: 'companiesWithOrganization / companiesEligible, 4 decimal places (0.9874 = 98.74%)', resolve: (r) => share(r.companiesEligibleWithOrganization, r.companiesEligible) }),
    companiesWithInstructor: t.exposeInt('companiesWithInstructor', { description: '选派党建指导员的企业' }),
    companiesCovered: t.exposeInt('companiesCovered', { description: '党的工作覆盖 — companies with an organisation or an instructor' }),
    estates: t.exposeInt('estates', { description: '住宅小区 — estates in the region (from registry, via @requires)' }),
    estatesWithOrganization: t.exposeInt('estatesWithOrganization', { description: '已成立党组织的小区 — estates covered by a 小区党支部' }),
    estateOrganizationRate: t.float({ nullable: true, description: 'estatesWithOrganization / estates, 4 decimal places', resolve: (r) => share(r.estatesWithOrganization, r.estates) }),
    estatesWithInstructor: t.exposeInt('estatesWithInstructor', { description: 'estates with an instructor' }),
    committees: t.exposeInt('committees', { description: '业委会 — owners\' committees' }),
    redCommittees: t.exposeInt('redCommittees', { description: '红色业委会 — red committees under `rule`' }),
    redCommitteeShare: t.float({ nullable: true, description: 'redCommittees / committees, 4 decimal places', resolve: (r) => share(r.redCommittees, r.committees) }),
    committeePartyMemberShare: t.float({ nullable: true, description: '业委会委员中党员占比 — party members among all committee members (龙岩\'s ≥ 50% drive)', resolve: (r) => share(r.committeePartyMembers, r.committeeMembers) }),
    rule: t.field({ type: RedRuleRef, description: 'the red-committee rule used', resolve: (r) => r.rule }),
    sites: t.exposeInt('sites', { description: '党建阵地 — sites' }),
    estatesCoveredBySites: t.exposeInt('estatesCoveredBySites', { description: 'distinct estates the sites serve' }),
    crossAppointments: t.exposeInt('crossAppointments', { description: '交叉任职 — active cross-appointments' }),
    deputySecretaries: t.exposeInt('deputySecretaries', { description: 'of which as 副书记 of the community party organisation' }),
  }),
});

RegionRef.implement({
  externalFields: (t) => ({ estateCount: t.int() }),
  fields: (t) => ({
    code: t.field({ type: 'RegionCode', resolve: (r) => r.code }),
    partyBuilding: t.field({
      type: RegionPartyRef,
      description: '党建统计 — party-building figures of the region',
      args: { redRule: t.arg({ type: RedRuleInput, description: 'how to count red committees (default: the province\'s rule)' }) },
      requires: builder.selection<{ estateCount: number }>('estateCount'),
      resolve: async (region, { redRule }, ctx) => {
        const rule = ruleFromInput(redRule);
        const stats = await statisticsByRegion(ctx).load(`${region.code}|${ruleKey(rule)}`);
        return { ...stats, estates: region.estateCount, rule };
      },
    }),
  }),
});
