import type { MigrationObject } from '@wuye/plugin-sdk';
import { InitialZhangzhou } from './20241201-initial.js';

/** In order; names are stored in plugin_zhangzhou.mikro_orm_migrations, so never rename one that shipped. */
export const migrations: MigrationObject[] = [{ name: '20241201-initial', class: InitialZhangzhou }];
