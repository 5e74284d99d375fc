import { z } from 'zod';
import { DEFAULT_WARNING_RULE, MAX_LATE_DAYS, type WarningRule } from '../rules.js';
import { builder } from './builder.js';

export const WarningRuleInput = builder.inputType('PublicRevenueWarningRuleInput', {
  description: '预警规则 — when a statement counts as late, and which fall of income is flagged (defaults: the deployment\'s)',
  fields: (t) => ({
    lateAfterDays: t.int({
      description: `逾期天数 — due this many days after the quarter's end (default ${DEFAULT_WARNING_RULE.lateAfterDays})`,
      validate: z.number().int().min(0, 'must not be negative').max(MAX_LATE_DAYS, `is at most ${MAX_LATE_DAYS} days`),
    }),
    incomeDropShare: t.float({
      description: `收入降幅 — flag income below (1 − share) × the previous quarter's (default ${DEFAULT_WARNING_RULE.incomeDropShare}: a fall of more than half)`,
      validate: z.number().gt(0, 'is a share between 0 and 1').lt(1, 'is a share between 0 and 1'),
    }),
  }),
});

export const WarningRuleRef = builder.objectRef<WarningRule>('PublicRevenueWarningRule').implement({
  description: '预警规则 — the rule a figure was derived with',
  fields: (t) => ({
    lateAfterDays: t.exposeInt('lateAfterDays', { description: '逾期天数 — days after the quarter\'s end' }),
    incomeDropShare: t.exposeFloat('incomeDropShare', { description: '收入降幅 — the share of income lost that is flagged' }),
  }),
});

export function ruleFromInput(input: { lateAfterDays?: number | null; incomeDropShare?: number | null } | null | undefined): WarningRule {
  return {
    lateAfterDays: input?.lateAfterDays ?? DEFAULT_WARNING_RULE.lateAfterDays,
    incomeDropShare: input?.incomeDropShare ?? DEFAULT_WARNING_RULE.incomeDropShare,
  };
}
