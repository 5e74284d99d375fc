import type { MigrationObject } from '@wuye/plugin-sdk';
import { InitialXiamen } from './0001-initial.js';

/** In order; names are stored in plugin_xiamen.mikro_orm_migrations, so never rename one that shipped. */
export const migrations: MigrationObject[] = [{ name: '0001-initial', class: InitialXiamen }];
