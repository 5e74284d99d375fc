// Governance's federated schema: importing each area registers its types and fields.
import { builder } from './builder.js';
import './grid.js';
import './meetings.js';
import './deliberation.js';
import './mediators.js';
import './mediation.js';
import './mediation-mutations.js';
import './enforcement.js';
import './pilots.js';
import './renovation.js';
import './region.js';
import './core-fields.js';

builder.queryType({ description: 'Query root' });
builder.mutationType({ description: 'Mutation root' });

export const buildSchema = () => builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
