// The regulations subgraph's federated schema: importing each area registers its types and fields.
import { builder } from './builder.js';
import './enums.js';
import './document.js';
import './topic.js';
import './search.js';
import './region.js';
import './estate.js';
import './mutations.js';

builder.queryType({ description: 'Query root' });
builder.mutationType({ description: 'Mutation root' });

export const buildSchema = () => builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
