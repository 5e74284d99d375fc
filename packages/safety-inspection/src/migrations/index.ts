import type { MigrationObject } from '@mikro-orm/core';
import { InitialSafetyInspection } from './20241120-initial.js';
import { MissedSelfInspectionMonths } from './20261129-missed-months.js';

/** In order; names are stored in safety_inspection.mikro_orm_migrations, so never rename one that shipped. */
export const migrations: MigrationObject[] = [
  { name: '20241120-initial', class: InitialSafetyInspection },
  { name: '20261129-missed-months', class: MissedSelfInspectionMonths },
];
