// @wuye/plugin-longyan — 龙岩's 红色业委会 drive (from party-building through the federation) and
// 业主大会表决 under 《民法典》第二百七十八条 on 龙岩's estates. Built on @wuye/plugin-sdk only.
import { definePlugin } from '@wuye/plugin-sdk';
import { entities } from './entities/index.js';
import { manifest } from './manifest.js';
import { migrations } from './migrations/index.js';
import { buildSchema } from './schema/index.js';
import { seedLongyan } from './seed.js';

export default definePlugin({ manifest, entities, migrations, schema: buildSchema, seed: seedLongyan });
