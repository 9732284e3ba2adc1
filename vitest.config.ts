import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

/**
 * Two projects: fast pure tests, and browser tests that drive Debian's Chromium with the built
 * extension (they need `npm run build` first, which `npm test` does).
 */
export default defineConfig({
  plugins: [preact()],
  resolve: { alias: { '@': new URL('.', import.meta.url).pathname.replace(/\/$/, '') } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          testTimeout: 60_000,
          setupFiles: ['tests/setup/fast-check-seed.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
