// @wuye/plugin-zhangzhou — 漳州 城管双员进社区: grid cases from 网格巡查 to 核查验收 on 漳州's estates, with
// their statistics on 漳州's regions. Built on @wuye/plugin-sdk only.
import { definePlugin } from '@wuye/plugin-sdk';
import { entities } from './entities/index.js';
import { manifest } from './manifest.js';
import { migrations } from './migrations/index.js';
import { buildSchema } from './schema/index.js';
import { seedZhangzhou } from './seed.js';

export default definePlugin({ manifest, entities, migrations, schema: buildSchema, seed: seedZhangzhou });
