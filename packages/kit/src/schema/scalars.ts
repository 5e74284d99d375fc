// Shared scalars. Each one validates on the way in and names what is wrong, so that a client sees
// "Uscc: check character is X, expected Y" rather than a generic type error.
import { Decimal } from 'decimal.js';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { chinaDate } from '../clock.js';
import { isRegionCode } from '../region-code.js';
import { usccProblem } from '../uscc.js';

function stringScalar(name: string, description: string, problem: (value: string) => string | null) {
  const parse = (value: unknown): string => {
    if (typeof value !== 'string') throw new GraphQLError(`${name} must be a string, got ${typeof value}.`, { extensions: { code: 'BAD_USER_INPUT' } });
    const why = problem(value);
    if (why) throw new GraphQLError(`${name} "${value}": ${why}`, { extensions: { code: 'BAD_USER_INPUT' } });
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (value) => parse(String(value)),
    parseValue: parse,
    parseLiteral: (ast: ValueNode) => {
      if (ast.kind !== Kind.STRING) throw new GraphQLError(`${name} must be a string literal.`, { extensions: { code: 'BAD_USER_INPUT' } });
      return parse(ast.value);
    },
  });
}

const DECIMAL = /^-?\d{1,20}(\.\d{1,6})?$/;
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: '金额 — an exact decimal number (money in CNY yuan) as a string, e.g. "1234.50"; never a float',
  serialize: (value) => (value instanceof Decimal ? value.toFixed() : typeof value === 'number' ? new Decimal(value).toFixed() : String(value)),
  parseValue: (value) => {
    const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
    if (typeof text !== 'string' || !DECIMAL.test(text)) {
      throw new GraphQLError(`Decimal must be a string such as "1234.50" (at most 6 decimal places), got ${JSON.stringify(value)}.`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return text;
  },
  parseLiteral: (ast) => {
    if ((ast.kind === Kind.STRING || ast.kind === Kind.INT) && DECIMAL.test(ast.value)) return ast.value;
    throw new GraphQLError('Decimal must be a string such as "1234.50".', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function dateProblem(value: string): string | null {
  const m = DATE.exec(value);
  if (!m) return 'must be a date YYYY-MM-DD';
  const d = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value ? 'is not a calendar date' : null;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: '日期 — a calendar date in China Standard Time, YYYY-MM-DD',
  serialize: (value) => (value instanceof Date ? chinaDate(value) : String(value)),
  parseValue: (value) => stringScalar('Date', '', dateProblem).parseValue(value),
  parseLiteral: (ast) => stringScalar('Date', '', dateProblem).parseLiteral(ast),
});

const parseDateTime = (value: unknown): Date => {
  const at = typeof value === 'string' && /T.*(Z|[+-]\d{2}:\d{2})$/.test(value) ? new Date(value) : new Date(NaN);
  if (Number.isNaN(at.getTime())) throw new GraphQLError('DateTime must be ISO 8601 with an offset, e.g. 2024-09-10T09:30:00+08:00.', { extensions: { code: 'BAD_USER_INPUT' } });
  return at;
};

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: '时间 — an instant as an ISO 8601 date-time with offset, e.g. 2024-09-10T09:30:00.000Z',
  serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : null),
});

export const RegionCodeScalar = stringScalar(
  'RegionCode',
  '行政区划代码 — GB/T 2260 code of a province, city or county (6 digits), or a street (9) or community (12) below it',
  (v) => (isRegionCode(v) ? null : 'is not a region code (6, 9 or 12 digits, e.g. 350200)'),
);

export const UsccScalar = stringScalar('Uscc', '统一社会信用代码 — unified social credit code, 18 characters with a check character (GB 32100-2015)', usccProblem);

export const QuarterScalar = stringScalar('Quarter', '季度 — a calendar quarter, e.g. 2024Q2', (v) => (/^\d{4}Q[1-4]$/.test(v) ? null : 'must look like 2024Q2'));

export const SCALARS = {
  Decimal: DecimalScalar,
  Date: DateScalar,
  DateTime: DateTimeScalar,
  RegionCode: RegionCodeScalar,
  Uscc: UsccScalar,
  Quarter: QuarterScalar,
};
