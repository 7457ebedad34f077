import { defineConfig } from 'vitest/config';

// src/lib is plain TypeScript, so the unit tests need no Astro plugins.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
