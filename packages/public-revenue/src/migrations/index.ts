import type { MigrationObject } from '@mikro-orm/core';
import { InitialPublicRevenue } from './20241120-initial.js';
import { ComplaintFinding } from './20261129-complaint-finding.js';

/** In order; names are stored in public_revenue.mikro_orm_migrations, so never rename one that shipped. */
export const migrations: MigrationObject[] = [
  { name: '20241120-initial', class: InitialPublicRevenue },
  { name: '20261129-complaint-finding', class: ComplaintFinding },
];
