// The registry's federated schema: importing each area registers its types and fields on the builder.
import { builder } from './builder.js';
import './region.js';
import './estate.js';
import './company.js';
import './contract.js';
import './committee.js';

builder.queryType({ description: 'Query root' });
builder.mutationType({ description: 'Mutation root' });

export const buildSchema = () => builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
