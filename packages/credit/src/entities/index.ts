import { CompanyEstateEntity, CreditCompanyEntity } from './company.js';
import { CreditEventEntity } from './credit-event.js';
import { EvaluationEntity, EvaluationResultEntity } from './evaluation.js';
import { HonourEntity } from './honour.js';
import { OpinionEntity } from './opinion.js';
import { RuleSetEntity } from './rule-set.js';

export * from './company.js';
export * from './credit-event.js';
export * from './evaluation.js';
export * from './honour.js';
export * from './opinion.js';
export * from './rule-set.js';

export const entities = [RuleSetEntity, CreditCompanyEntity, CompanyEstateEntity, CreditEventEntity, OpinionEntity, HonourEntity, EvaluationEntity, EvaluationResultEntity];
