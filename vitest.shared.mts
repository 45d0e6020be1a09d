import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const require = createRequire(path.join(root, 'package.json'));

/**
 * Shared vitest settings. Workspace packages resolve to their TypeScript sources, so tests need no
 * build; `graphql` resolves to one file, because the CommonJS (.js) and ESM (.mjs) copies of graphql 16
 * in one process fail with "Cannot use GraphQLSchema from another module or realm".
 */
export function vitestConfig(overrides: { testTimeout?: number } = {}) {
  const src = (dir: string, file = 'index.ts') => path.join(root, dir, 'src', file);
  return defineConfig({
    resolve: {
      alias: [
        { find: /^graphql$/, replacement: require.resolve('graphql') },
        { find: /^@skillfed\/common\/testing$/, replacement: src('packages/common', 'testing.ts') },
        { find: /^@skillfed\/common\/tabular$/, replacement: src('packages/common', 'tabular.ts') },
        { find: /^@skillfed\/common\/cli$/, replacement: src('packages/common', 'cli.ts') },
        { find: /^@skillfed\/common$/, replacement: src('packages/common') },
        { find: /^@skillfed\/province-rules$/, replacement: src('province-rules') },
        { find: /^@skillfed\/verifier$/, replacement: src('packages/verifier') },
        ...['institutions', 'catalog', 'exams', 'examiners', 'certificates'].map((name) => ({
          find: new RegExp(`^@skillfed/subgraph-${name}$`),
          replacement: src(`subgraphs/${name}`),
        })),
      ],
    },
    test: {
      include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
      testTimeout: overrides.testTimeout ?? 30_000,
      hookTimeout: 60_000,
      // Database suites share one MariaDB; files run in parallel, each on its own databases.
      pool: 'forks',
      server: { deps: { inline: [/@skillfed\//] } },
    },
  });
}
