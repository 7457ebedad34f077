/**
 * The Content-Security-Policy is enforced and nothing violates it, and no
 * page makes a request to another origin, on a page of every kind.
 */
import { expect, test, type Page } from '@playwright/test';

const PAGES = [
  '/',
  '/codes',
  '/codes/550',
  '/codes/10054',
  '/commands',
  '/commands/retr',
  '/compare',
  '/compare/125-vs-221',
  '/compare/214-vs-10065',
  '/compare/221-vs-125',
  '/550',
  '/api',
  '/lookup',
  '/compare/go',
  '/does-not-exist',
];

/**
 * Records CSP violations (from the moment each document starts) and every request's origin. The
 * violations are sent to the test as they happen, so a page that moves on (a redirect page's meta
 * refresh) cannot take them with it.
 */
async function watch(page: Page) {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (line: string) => violations.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation: (line: string) => void }).reportViolation(
        `${e.violatedDirective}: ${e.blockedURI}`,
      );
    });
  });
  const origins = new Set<string>();
  page.on('request', (request) => origins.add(new URL(request.url()).origin));
  return { origins, violations: async () => violations };
}

for (const path of PAGES) {
  test(`${path} loads under the CSP with no violation and no request to another origin`, async ({ page, baseURL }) => {
    const seen = await watch(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await seen.violations()).toEqual([]);
    expect([...seen.origins]).toEqual([new URL(baseURL!).origin]);
  });
}

test('/search runs Pagefind (WebAssembly) under the CSP with no violation', async ({ page, baseURL }) => {
  const seen = await watch(page);
  await page.goto('/search?q=passive');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
  expect(await seen.violations()).toEqual([]);
  expect([...seen.origins]).toEqual([new URL(baseURL!).origin]);
});

test('/explain explains a log under the CSP with no violation', async ({ page, baseURL }) => {
  const seen = await watch(page);
  await page.goto('/explain');
  await page
    .getByLabel('Session log')
    .fill('220 Ready.\nUSER alice\n331 Password required.\nPASS secret\n530 Not logged in.');
  await page.getByRole('button', { name: 'Explain' }).click();
  await expect(page.locator('[data-result] a[href="/codes/530"]').first()).toBeVisible();
  expect(await seen.violations()).toEqual([]);
  expect([...seen.origins]).toEqual([new URL(baseURL!).origin]);
});

test('the policy is enforced: an injected inline script does not run and is reported', async ({ page }) => {
  const seen = await watch(page);
  await page.goto('/codes/550');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.head.append(script);
    return (window as unknown as { injected?: boolean }).injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(seen.violations).toEqual([expect.stringMatching(/^script-src/)]);
});
