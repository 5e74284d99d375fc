// The plugin's federated schema: importing each area registers its types and fields.
import { builder } from './builder.js';
import './vote-types.js';
import './votes.js';
import './red-drive.js';
import './core-fields.js';

builder.queryType({ description: 'Query root' });
builder.mutationType({ description: 'Mutation root' });

export const buildSchema = () => builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
