import { GridCaseEntity, GridCaseTransitionEntity } from './grid-case.js';

export * from './grid-case.js';

export const entities = [GridCaseEntity, GridCaseTransitionEntity];
