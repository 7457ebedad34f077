import { defineConfig } from '@playwright/test';

/** E2E_PORT lets two checkouts run their browser tests at once. */
const port = Number(process.env.E2E_PORT ?? 4399);
/** The copy built under /ftp/ (`npm run build:base`, dist-base/). */
const basePort = port - 1;

// Runs against `astro preview` of a finished build (scripts/test.sh builds first),
// in Debian's Chromium: no browser download happens.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'site', testIgnore: /base-path\.spec\.ts$/ },
    { name: 'base-path', testMatch: /base-path\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${basePort}/ftp/` } },
  ],
  webServer: [
    {
      // --ignore-lock keeps astro preview in the foreground when it detects a coding agent.
      command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${basePort}`,
      env: {
        BASE_PATH: '/ftp',
        SITE_URL: 'https://example.org',
        OUT_DIR: 'dist-base',
        CACHE_DIR: 'node_modules/.astro-base',
      },
      url: `http://127.0.0.1:${basePort}/ftp/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
