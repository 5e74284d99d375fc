/// <reference types="@pothos/plugin-directives" preserve="true" />
/// <reference types="@pothos/plugin-scope-auth" preserve="true" />
/// <reference types="@pothos/plugin-validation" preserve="true" />
/// <reference types="@pothos/plugin-relay" preserve="true" />
/// <reference types="@pothos/plugin-dataloader" preserve="true" />
/// <reference types="@pothos/plugin-federation" preserve="true" />
// The Pothos builder every subgraph uses: plugins composed once, in the order federation needs
// (resolver-wrapping plugins first, federation last), with the shared scalars and auth scopes.
// The references above keep the plugins' type augmentations in the built .d.ts, so that packages
// built against dist see t.loadable, authScopes … just as they do against the sources.
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import type { Decimal } from 'decimal.js';
import { administers, isOfficial, type Role } from '../auth/viewer.js';
import type { RequestContext } from '../context.js';
import { WuyeError } from '../errors.js';
import type { Connection } from './connection.js';
import { SCALARS } from './scalars.js';

export type KitScalars = {
  ID: { Input: string; Output: string | number };
  Decimal: { Input: string; Output: string | number | Decimal };
  Date: { Input: string; Output: string | Date };
  DateTime: { Input: Date; Output: Date | string };
  RegionCode: { Input: string; Output: string };
  Uscc: { Input: string; Output: string };
  Quarter: { Input: string; Output: string };
};

/** Scopes a field or type can require, e.g. `authScopes: { official: true }` or `{ administers: code }`. */
export interface KitAuthScopes {
  /** any signed-in viewer */
  authenticated: boolean;
  /** an official at any level (province, city, county, street) */
  official: boolean;
  /** one of these roles */
  role: Role | readonly Role[];
  /** an official whose region contains this region code (or a platform service) */
  administers: string;
}

export interface KitSchemaTypes<Ctx extends RequestContext> {
  Context: Ctx;
  Scalars: KitScalars;
  AuthScopes: KitAuthScopes;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}

export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_PAGE_SIZE = 50;

export function createBuilder<Ctx extends RequestContext>() {
  const builder = new SchemaBuilder<KitSchemaTypes<Ctx>>({
    plugins: [DirectivePlugin, ScopeAuthPlugin, ValidationPlugin, RelayPlugin, DataloaderPlugin, FederationPlugin],
    defaultFieldNullability: false,
    scopeAuth: {
      authScopes: (ctx) => ({
        authenticated: ctx.viewer.role !== 'PUBLIC',
        official: isOfficial(ctx.viewer) || ctx.viewer.role === 'SERVICE',
        role: (roles) => (typeof roles === 'string' ? [roles] : roles).includes(ctx.viewer.role),
        administers: (code) => administers(ctx.viewer, code),
      }),
      // anonymous viewers are asked to sign in; signed-in viewers are told they lack the right
      unauthorizedError: (_parent, ctx, _info, result) =>
        ctx.viewer.role === 'PUBLIC' ? WuyeError.unauthenticated() : WuyeError.forbidden(result.message === 'Unauthorized' ? undefined : result.message),
    },
    validation: {
      validationError: (failure) => {
        const issue = failure.issues[0];
        const field = (issue?.path ?? []).map((p) => (typeof p === 'object' ? String(p.key) : String(p))).join('.') || 'input';
        return WuyeError.badInput(field, issue?.message ?? 'is invalid');
      },
    },
    relay: {
      cursorType: 'String',
      nodeQueryOptions: false,
      nodesQueryOptions: false,
      // every subgraph defines PageInfo; federation merges identical value types marked shareable
      pageInfoTypeOptions: { shareable: true, description: '分页信息 — where this page sits in the whole list' },
      firstArgOptions: { description: `page size, at most ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})` },
      lastArgOptions: { description: 'not supported: page forwards with first/after' },
      beforeArgOptions: { description: 'not supported: page forwards with first/after' },
    },
  });
  for (const [name, scalar] of Object.entries(SCALARS)) builder.addScalarType(name as keyof typeof SCALARS, scalar);
  // every connection counts its whole filtered list: one SQL statement, only when selected
  builder.globalConnectionField('totalCount', (t) =>
    t.int({ description: 'how many items the whole filtered list has (all pages)', resolve: (connection) => (connection as unknown as Connection<unknown>).totalCount() }),
  );
  return builder;
}

export type KitBuilder<Ctx extends RequestContext> = ReturnType<typeof createBuilder<Ctx>>;
