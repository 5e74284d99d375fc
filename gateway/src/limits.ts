// Operation limits, checked before a subgraph is asked anything. Depth, aliases and directives are
// graphql-armor's validation rules; tokens are graphql-js' own parser limit (`parseOptions.maxTokens`);
// document size, root fields, list sizes and the cost estimate are checked here once the operation is
// known (with its variables). Every refusal is a 400 with its own `extensions.code`.
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isObjectType,
  isListType,
  isNonNullType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type GraphQLOutputType,
  type GraphQLSchema,
  type GraphQLNamedType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import type { LimitsConfig } from './config.js';

export const LimitCode = {
  DEPTH: 'MAX_DEPTH_EXCEEDED',
  ALIASES: 'MAX_ALIASES_EXCEEDED',
  DIRECTIVES: 'MAX_DIRECTIVES_EXCEEDED',
  ROOT_FIELDS: 'MAX_ROOT_FIELDS_EXCEEDED',
  TOKENS: 'MAX_TOKENS_EXCEEDED',
  DOCUMENT_SIZE: 'MAX_DOCUMENT_SIZE_EXCEEDED',
  BODY_SIZE: 'PAYLOAD_TOO_LARGE',
  LIST_SIZE: 'MAX_LIST_SIZE_EXCEEDED',
  COST: 'MAX_COST_EXCEEDED',
} as const;
export const LIMIT_CODES = new Set<string>(Object.values(LimitCode));

export function limitError(code: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });
}

/** graphql-armor's rules with our codes (Apollo wraps validation errors; `limitCode` survives and formatLimitError restores it) */
export function armorValidation(limits: LimitsConfig, options: { blockFieldSuggestions: boolean }) {
  const reject = (code: string, what: string, max: number) => [
    (ctx: ValidationContext | null, error: GraphQLError) => {
      const found = /found (\d+)/.exec(error.message)?.[1];
      ctx?.reportError(new GraphQLError(`${what}: at most ${max} allowed${found ? `, this operation has ${found}` : ''}.`, { extensions: { limitCode: code, max, ...(found ? { found: Number(found) } : {}) } }));
    },
  ];
  const common = { propagateOnRejection: false, exposeLimits: true };
  const armor = new ApolloArmor({
    blockFieldSuggestion: { enabled: options.blockFieldSuggestions },
    costLimit: { enabled: false }, // ours below: it knows `first` and per-field weights
    maxTokens: { enabled: false }, // graphql-js' parser does it (parseOptions)
    maxDepth: limits.maxDepth ? { ...common, n: limits.maxDepth, onReject: reject(LimitCode.DEPTH, 'Query depth', limits.maxDepth) } : { enabled: false },
    maxAliases: limits.maxAliases ? { ...common, n: limits.maxAliases, onReject: reject(LimitCode.ALIASES, 'Aliases', limits.maxAliases) } : { enabled: false },
    maxDirectives: limits.maxDirectives ? { ...common, n: limits.maxDirectives, onReject: reject(LimitCode.DIRECTIVES, 'Directives', limits.maxDirectives) } : { enabled: false },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins: plugins as ApolloServerPlugin[], validationRules: validationRules as ValidationRule[], parseOptions: limits.maxTokens ? { maxTokens: limits.maxTokens } : {} };
}

/** restores the limit's own code on errors Apollo wrapped (validation, parsing) */
export function formatLimitError(formatted: GraphQLFormattedError, maxTokens: number): GraphQLFormattedError {
  const ext = formatted.extensions ?? {};
  if (typeof ext.limitCode === 'string') {
    const { limitCode, ...rest } = ext;
    return { ...formatted, extensions: { ...rest, code: limitCode } };
  }
  if (ext.code === 'GRAPHQL_PARSE_FAILED' && /Document contains more tha[nt] \d+ tokens/.test(formatted.message)) {
    return { ...formatted, message: `Tokens: at most ${maxTokens} allowed in a document.`, extensions: { ...ext, code: LimitCode.TOKENS, max: maxTokens } };
  }
  return formatted;
}

/** the code an error will carry once formatted (for metrics, before formatting) */
export function errorCodeOf(error: { message: string; extensions?: Record<string, unknown> }): string {
  const ext = error.extensions ?? {};
  if (typeof ext.limitCode === 'string') return ext.limitCode;
  if (ext.code === 'GRAPHQL_PARSE_FAILED' && /Document contains more tha[nt] \d+ tokens/.test(error.message)) return LimitCode.TOKENS;
  return typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR';
}

/** The checks that need the resolved operation and its variables. */
export function operationLimitsPlugin(limits: LimitsConfig): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(ctx) {
          checkOperation(ctx, limits);
        },
      };
    },
  };
}

function checkOperation(ctx: GraphQLRequestContext<object>, limits: LimitsConfig): void {
  const { operation, document, request, schema } = ctx;
  if (!operation || !document) return;
  const bytes = Buffer.byteLength(ctx.source ?? '', 'utf8');
  if (limits.maxDocumentBytes && bytes > limits.maxDocumentBytes) {
    throw limitError(LimitCode.DOCUMENT_SIZE, `Document size: at most ${limits.maxDocumentBytes} bytes allowed, this one has ${bytes}.`, { max: limits.maxDocumentBytes, found: bytes });
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const variables = { ...defaultsOf(operation), ...request.variables };

  if (limits.maxRootFields) {
    const roots = rootFieldCount(operation.selectionSet, fragments, new Set());
    if (roots > limits.maxRootFields) {
      throw limitError(LimitCode.ROOT_FIELDS, `Root fields: at most ${limits.maxRootFields} allowed, this operation has ${roots}.`, { max: limits.maxRootFields, found: roots });
    }
  }
  const root = schema.getRootType(operation.operation);
  if (!root) return;
  const cost = costOf(schema, root, operation.selectionSet, { fragments, variables, limits, visiting: new Set() });
  if (limits.maxCost && cost > limits.maxCost) {
    throw limitError(LimitCode.COST, `Cost: at most ${limits.maxCost} allowed, this operation is estimated at ${cost} (lists count by their \`first\`; ask for smaller pages or fewer fields).`, { max: limits.maxCost, found: cost });
  }
}

function defaultsOf(operation: OperationDefinitionNode): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const v of operation.variableDefinitions ?? []) if (v.defaultValue?.kind === Kind.INT) values[v.variable.name.value] = Number(v.defaultValue.value);
  return values;
}

function rootFieldCount(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  let n = 0;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) n += s.name.value.startsWith('__') ? 0 : 1;
    else if (s.kind === Kind.INLINE_FRAGMENT) n += rootFieldCount(s.selectionSet, fragments, seen);
    else if (!seen.has(s.name.value)) {
      seen.add(s.name.value);
      const f = fragments.get(s.name.value);
      if (f) n += rootFieldCount(f.selectionSet, fragments, seen);
    }
  }
  return n;
}

interface CostInput {
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  limits: LimitsConfig;
  visiting: Set<string>;
}

const SIZE_ARGS = new Set(['first', 'last']);

/**
 * The estimated cost of a selection: each field costs its weight (`costWeights["Type.field"]`, else
 * `costWeights["Type"]` of what it returns, else 1 for an object and 0 for a leaf) plus its children
 * times its multiplier — the `first` / `last` it asks for, or for a list without them the default list
 * size (a connection's `edges` / `nodes` count once: their `first` is on the connection field).
 */
export function costOf(schema: GraphQLSchema, parent: GraphQLNamedType, set: SelectionSetNode, input: CostInput): number {
  let cost = 0;
  for (const s of set.selections) {
    if (s.kind === Kind.INLINE_FRAGMENT) {
      const type = s.typeCondition ? schema.getType(s.typeCondition.name.value) : parent;
      if (type) cost += costOf(schema, type, s.selectionSet, input);
      continue;
    }
    if (s.kind === Kind.FRAGMENT_SPREAD) {
      const f = input.fragments.get(s.name.value);
      if (!f || input.visiting.has(f.name.value)) continue;
      const type = schema.getType(f.typeCondition.name.value);
      input.visiting.add(f.name.value);
      if (type) cost += costOf(schema, type, f.selectionSet, input);
      input.visiting.delete(f.name.value);
      continue;
    }
    const name = s.name.value;
    if (name.startsWith('__') || !(isObjectType(parent) || isInterfaceType(parent))) continue;
    const field = parent.getFields()[name];
    if (!field) continue;
    const named = getNamedType(field.type);
    let size: number | undefined;
    for (const arg of s.arguments ?? []) {
      if (!SIZE_ARGS.has(arg.name.value)) continue;
      const value = intValue(arg.value, input.variables);
      if (value === undefined) continue;
      if (input.limits.maxListSize && value > input.limits.maxListSize) {
        throw limitError(LimitCode.LIST_SIZE, `List size: \`${arg.name.value}\` on ${parent.name}.${name} is at most ${input.limits.maxListSize}, asked for ${value}.`, { max: input.limits.maxListSize, found: value, field: `${parent.name}.${name}` });
      }
      size = Math.max(size ?? 0, value);
    }
    const multiplier = size ?? (isList(field.type) ? (parent.name.endsWith('Connection') ? 1 : input.limits.defaultListSize) : 1);
    const weight = input.limits.costWeights[`${parent.name}.${name}`] ?? input.limits.costWeights[named.name] ?? (isLeafType(named) ? 0 : 1);
    const children = s.selectionSet ? costOf(schema, named, s.selectionSet, input) : 0;
    cost += weight + multiplier * children;
  }
  return cost;
}

function isList(type: GraphQLOutputType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner);
}

function intValue(node: ValueNode, variables: Record<string, unknown>): number | undefined {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const v = variables[node.name.value];
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}
