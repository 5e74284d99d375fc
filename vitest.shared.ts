// Shared vitest settings: resolve workspace packages to their sources and keep one copy of graphql
// (two copies fail `instanceof` checks across realms).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** one PostgreSQL per run, a database per test file (packages/kit/src/testing) */
const DATABASE_SETUP = path.join(path.dirname(fileURLToPath(import.meta.url)), 'packages/kit/src/testing/global-setup.ts');

export function vitestConfig(options: { testTimeout?: number; globalSetup?: string[]; include?: string[]; fileParallelism?: boolean; /** tests use PostgreSQL */ database?: boolean } = {}) {
  return defineConfig({
    resolve: { conditions: ['@wuye/source'], dedupe: ['graphql'] },
    ssr: { resolve: { conditions: ['@wuye/source'] } },
    test: {
      include: options.include ?? ['src/**/*.test.ts'],
      environment: 'node',
      testTimeout: options.testTimeout ?? 30_000,
      hookTimeout: 120_000,
      globalSetup: [...(options.database ? [DATABASE_SETUP] : []), ...(options.globalSetup ?? [])],
      fileParallelism: options.fileParallelism ?? true,
      // CommonJS packages that import graphql go through vite too, so they share its one copy
      server: { deps: { inline: ['@graphql-inspector/core'] } },
    },
  });
}
