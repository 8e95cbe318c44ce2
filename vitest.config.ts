import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Unit test files share one module graph per worker (loading jsdom, zod and the loaders once
// instead of once per file, which is most of the unit run's time). A file that replaces modules
// or globals (vi.mock, vi.stubGlobal, vi.spyOn, fake timers) gets a fresh graph of its own, so
// what it replaces can never leak into another file.
// The same holds for the integration tests.
const replacesModulesOrGlobals = /\bvi\.(mock|doMock|stubGlobal|stubEnv|spyOn|useFakeTimers)\(/;
const filesReplacingModules = (...folders: string[]) =>
  folders
    .flatMap((folder) =>
      readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.test.ts'))
        .map((file) => join(folder, file).split('\\').join('/')),
    )
    .filter((file) => replacesModulesOrGlobals.test(readFileSync(file, 'utf8')));
const isolatedUnitFiles = filesReplacingModules('tests/unit', 'tests/security');
const isolatedIntegrationFiles = filesReplacingModules('tests/integration');

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/security/**/*.test.ts'],
          exclude: isolatedUnitFiles,
          environment: 'node',
          isolate: false,
          benchmark: { include: ['tests/bench/**/*.bench.ts'] },
        },
      },
      {
        test: {
          name: 'unit-isolated',
          include: isolatedUnitFiles,
          environment: 'node',
        },
      },
      {
        // The host's store, service and browser host against real files in temp folders.
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          exclude: isolatedIntegrationFiles,
          environment: 'node',
          isolate: false,
        },
      },
      {
        test: {
          name: 'integration-isolated',
          include: isolatedIntegrationFiles,
          environment: 'node',
        },
      },
      {
        // Checks of the built app (out/), the packaged app.asar, and the fault matrix run against
        // the built browser host in child processes; they need `npm run build`.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/faults/**/*.test.ts'],
          environment: 'node',
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
