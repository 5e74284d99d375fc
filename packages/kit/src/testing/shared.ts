// Shared by the globalSetup (vitest's main process) and the helpers test files call (workers).
// Must not import vitest's runtime: the globalSetup loads it outside a worker.

/** Prefix of the per-test-file databases; the globalSetup drops leftovers of killed runs by it. */
export const TEST_DATABASE_PREFIX = 'test_';

/** Prefix of the template databases built by createTestDatabaseFrom. */
export const TEMPLATE_DATABASE_PREFIX = 'tpl_';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the run's PostgreSQL server, provided by ./global-setup.ts. */
    databaseUrl: string;
  }
}

/** Quotes an SQL identifier: `a"b` → `"a""b"`. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
