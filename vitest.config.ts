import { defineConfig } from 'vitest/config';

// src/lib is plain TypeScript, so the tests need no Astro plugins.
// unit: pure tests, no build needed (`npm run test:unit`).
// site: tests of the built site in dist/ and dist-base/ (`npm run test:site`, after the builds).
export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        // The pure tests share one module cache: the real content is read and checked once, not once per file.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false },
      },
      {
        extends: true,
        // Likewise the tests of the built site: each worker parses dist/ once, not once per file.
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], isolate: false },
      },
    ],
  },
});
