import type { MigrationObject } from '@mikro-orm/core';
import { InitialCredit } from './20241201-initial.js';

/** In order; names are stored in credit.mikro_orm_migrations, so never rename one that shipped. */
export const migrations: MigrationObject[] = [{ name: '20241201-initial', class: InitialCredit }];
