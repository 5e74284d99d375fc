import { BundleEntity, BundleEstateEntity, BundleTransitionEntity } from './bundle.js';
import { DeliberationEntity, DeliberationStepEntity } from './deliberation.js';

export * from './bundle.js';
export * from './deliberation.js';

export const entities = [BundleEntity, BundleEstateEntity, BundleTransitionEntity, DeliberationEntity, DeliberationStepEntity];
