// The plugin's schema: importing the modules registers their types and fields on the builder.
import { builder, toSchema } from './builder.js';
import './bundle-mutations.js';
import './core-fields.js';
import './deliberation-mutations.js';
import './queries.js';

builder.queryType({ description: 'Query root' });
builder.mutationType({ description: 'Mutation root' });

export const buildSchema = toSchema;
