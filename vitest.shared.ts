// Shared vitest settings: resolve workspace packages to their sources and keep one copy of graphql
// (two copies fail `instanceof` checks across realms).
import { defineConfig } from 'vitest/config';

export function vitestConfig(options: { testTimeout?: number; globalSetup?: string[]; include?: string[]; fileParallelism?: boolean } = {}) {
  return defineConfig({
    resolve: { conditions: ['@wuye/source'], dedupe: ['graphql'] },
    ssr: { resolve: { conditions: ['@wuye/source'] } },
    test: {
      include: options.include ?? ['src/**/*.test.ts'],
      environment: 'node',
      testTimeout: options.testTimeout ?? 30_000,
      hookTimeout: 120_000,
      globalSetup: options.globalSetup,
      fileParallelism: options.fileParallelism ?? true,
      // CommonJS packages that import graphql go through vite too, so they share its one copy
      server: { deps: { inline: ['@graphql-inspector/core'] } },
    },
  });
}
