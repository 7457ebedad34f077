/**
 * The browser tests' `test` and `expect`: Playwright's, with one page per worker that each of the worker's tests
 * reuses. On this machine a new page costs about a second of CPU (a renderer process starts for it), five times
 * what loading one of the site's pages costs, and the suite runs about two hundred tests. (Likewise, the first
 * locator used on a document costs about 0.15 s, while Playwright sets up its script in it: the loops over every
 * code or message page measure with `page.evaluate` instead.)
 *
 * Every test still starts from its project's and its `test.use` options: the viewport and colour scheme are set
 * again, media emulation, permissions, cookies and the mouse position are reset, and the listeners a test added
 * are removed when it ends. Each test loads the pages it checks, so no document carries over. A failed test ends
 * its worker, so the tests after it get a new page. A test that needs a context of its own (JavaScript off, a
 * blank document) makes one with `browser.newContext()` or `browser.newPage()`.
 */
import { test as base, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

export const test = base.extend<object, { workerPage: Page }>({
  workerPage: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ workerPage }, use) => {
    await use(workerPage.context());
  },
  page: async ({ workerPage: page, viewport, colorScheme }, use) => {
    await page.setViewportSize(viewport ?? { width: 1280, height: 720 });
    await page.emulateMedia({ media: null, colorScheme, reducedMotion: null, forcedColors: null });
    await page.context().clearPermissions();
    await page.context().clearCookies();
    await page.mouse.move(-1, -1);
    await use(page);
    await page.removeAllListeners();
  },
});
