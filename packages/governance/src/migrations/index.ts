import type { MigrationObject } from '@mikro-orm/core';
import { InitialGovernance } from './20241210-initial.js';

/** In order; names are stored in governance.mikro_orm_migrations, so never rename one that shipped. */
export const migrations: MigrationObject[] = [{ name: '20241210-initial', class: InitialGovernance }];
