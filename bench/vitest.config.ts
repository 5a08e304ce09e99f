import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Standalone config for the harness's own tests: `npx vitest run --config bench/vitest.config.ts`.
// The root config picks them up once its include list has 'bench/src/**/*.test.ts'.
export default defineConfig({
  test: {
    include: ['bench/src/**/*.test.ts'],
    root: fileURLToPath(new URL('..', import.meta.url)),
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
