import type { MigrationObject } from '@mikro-orm/core';
import { InitialPartyBuilding } from './20241110-initial.js';

/** In order; names are stored in party_building.mikro_orm_migrations, so never rename one that shipped. */
export const migrations: MigrationObject[] = [{ name: '20241110-initial', class: InitialPartyBuilding }];
