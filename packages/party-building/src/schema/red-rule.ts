import { z } from 'zod';
import { DEFAULT_RED_RULE, type RedCommitteeRule } from '../rules.js';
import { builder } from './builder.js';

export const RedRuleInput = builder.inputType('RedCommitteeRuleInput', {
  description: '红色业委会认定规则 — when a committee counts as red; e.g. 龙岩\'s drive: { minPartyMemberShare: 0.5, chairMustBePartyMember: false }',
  fields: (t) => ({
    minPartyMemberShare: t.float({ description: `party members / members must reach this (default ${DEFAULT_RED_RULE.minPartyMemberShare})`, validate: z.number().min(0).max(1, 'is a share between 0 and 1') }),
    chairMustBePartyMember: t.boolean({ description: `and the chair must be a party member (default ${DEFAULT_RED_RULE.chairMustBePartyMember})` }),
  }),
});

export const RedRuleRef = builder.objectRef<RedCommitteeRule>('RedCommitteeRule').implement({
  description: '红色业委会认定规则 — the rule a figure was computed with',
  fields: (t) => ({
    minPartyMemberShare: t.exposeFloat('minPartyMemberShare'),
    chairMustBePartyMember: t.exposeBoolean('chairMustBePartyMember'),
  }),
});

export function ruleFromInput(input: { minPartyMemberShare?: number | null; chairMustBePartyMember?: boolean | null } | null | undefined): RedCommitteeRule {
  return {
    minPartyMemberShare: input?.minPartyMemberShare ?? DEFAULT_RED_RULE.minPartyMemberShare,
    chairMustBePartyMember: input?.chairMustBePartyMember ?? DEFAULT_RED_RULE.chairMustBePartyMember,
  };
}
