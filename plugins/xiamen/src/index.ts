// @wuye/plugin-xiamen — 厦门's "大物业" bundles (肥瘦搭配), 小区治理党员先议, and 集美区's company party leaders as
// community 副书记 (read from party-building). Built on @wuye/plugin-sdk only.
import { definePlugin } from '@wuye/plugin-sdk';
import { entities } from './entities/index.js';
import { manifest } from './manifest.js';
import { migrations } from './migrations/index.js';
import { buildSchema } from './schema/index.js';
import { seedXiamen } from './seed.js';

export default definePlugin({ manifest, entities, migrations, schema: buildSchema, seed: seedXiamen });
