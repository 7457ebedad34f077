/**
 * Visual regression: the first screen of each page kind at a phone's and a desktop's width, in the light and the
 * dark scheme, compared with the reviewed screenshots in visual.spec.ts-snapshots/ on every run, so a layout that
 * breaks (a table pushed wider, a block moved below the fold, colours lost in one scheme) fails CI. After a change
 * meant to alter the look, review the new screenshots and update them with
 * `npx playwright test tests/e2e/visual.spec.ts --update-snapshots` (after `npm run build`).
 */
import { expect, test } from './fixtures.ts';

const PAGES: [string, string][] = [
  ['home', '/'],
  ['codes', '/codes'],
  ['code', '/codes/550'],
  ['command', '/commands/retr'],
  ['compare', '/compare/125-vs-221'],
  ['compare-index', '/compare'],
  ['server', '/servers/vsftpd'],
  ['message', '/servers/vsftpd/permission-denied'],
  ['client', '/clients/curl'],
  ['client-error', '/clients/curl/exit-9'],
  ['guide', '/guides/ftps'],
  ['explain', '/explain'],
  ['search', '/search?q=550'],
  ['not-found', '/does-not-exist'],
];
const SIZES = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;

// One load per page, then its four screenshots: no script on these pages reads the size of the window or the
// colour scheme, so a page resized or switched to the dark scheme after loading looks as one loaded that way
// (each compares with the same reviewed screenshot). Each screenshot is checked on its own (a soft expectation).
for (const [name, path] of PAGES) {
  test(`${name}: phone and desktop, light and dark`, async ({ page }) => {
    await page.setViewportSize({ width: SIZES[0].width, height: SIZES[0].height });
    await page.goto(path);
    if (name === 'search') await expect(page.locator('#results li').first()).toBeVisible({ timeout: 15_000 });
    await page.evaluate(() => document.fonts.ready);
    for (const size of SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await expect
          .soft(page, `${size.name}, ${scheme}`)
          .toHaveScreenshot(`${name}-${size.name}-${scheme}.png`, { maxDiffPixelRatio: 0.002 });
      }
    }
  });
}
