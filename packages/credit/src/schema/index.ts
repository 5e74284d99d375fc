// Credit's federated schema: importing each area registers its types and fields.
import { builder } from './builder.js';
import './event.js';
import './company-credit.js';
import './region.js';
import './rule-sets.js';
import './evaluations.js';
import './record-event.js';
import './opinions.js';

builder.queryType({ description: 'Query root' });
builder.mutationType({ description: 'Mutation root' });

export const buildSchema = () => builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
