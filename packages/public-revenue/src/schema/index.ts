// Public revenue's federated schema: importing each area registers its types and fields.
import { builder } from './builder.js';
import './statement.js';
import './warning.js';
import './core-fields.js';
import './region.js';
import './notice.js';
import './tasks.js';
import './supervisors.js';
import './complaints.js';
import './deposits.js';
import './chain.js';
import './mutations.js';

builder.queryType({ description: 'Query root' });
builder.mutationType({ description: 'Mutation root' });

export const buildSchema = () => builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
