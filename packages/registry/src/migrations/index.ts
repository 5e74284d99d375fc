import type { MigrationObject } from '@mikro-orm/core';
import { InitialRegistry } from './20241101-initial.js';

/** In order; names are stored in registry.mikro_orm_migrations, so never rename one that shipped. */
export const migrations: MigrationObject[] = [{ name: '20241101-initial', class: InitialRegistry }];
