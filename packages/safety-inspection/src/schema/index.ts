// Safety inspection's federated schema: importing each area registers its types and fields.
import { builder } from './builder.js';
import './enums.js';
import './tally.js';
import './inspector.js';
import './campaign.js';
import './draw.js';
import './inspection.js';
import './finding.js';
import './checklist.js';
import './self-inspection.js';
import './core-fields.js';
import './region.js';
import './mutations/campaigns.js';
import './mutations/draws.js';
import './mutations/inspections.js';
import './mutations/rectification.js';
import './mutations/self-inspection.js';

builder.queryType({ description: 'Query root' });
builder.mutationType({ description: 'Mutation root' });

export const buildSchema = () => builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
