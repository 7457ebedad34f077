/**
 * One page of every kind, loaded once for two gates: the Content-Security-Policy (enforced, with
 * no violation and no request to another origin) and accessibility (axe in both colour schemes).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { COLOUR_RULES, expectNoAxeViolations, watchSecurity } from './helpers.ts';

/**
 * A redirect page moves on at once (meta refresh), so axe checks its markup
 * loaded without the refresh: the same document, minus that one tag.
 */
async function openRedirectPage(page: Page, path: string) {
  const html = await (await page.request.get(path)).text();
  expect(html).toMatch(/<meta http-equiv="refresh"[^>]*>/);
  await page.goto('/lookup'); // any page of the site, for its origin
  await page.setContent(html.replace(/<meta http-equiv="refresh"[^>]*>/, ''));
}

/** One page of every kind, and what to do first so that its dynamic parts are on screen. */
const KINDS: { path: string; redirect?: boolean; ready?: (page: Page) => Promise<void> }[] = [
  { path: '/' },
  { path: '/codes' },
  { path: '/codes/550' },
  { path: '/codes/521' }, // several meanings
  { path: '/codes/430' }, // non-standard
  { path: '/codes/10054' }, // not an FTP reply
  { path: '/commands' },
  { path: '/commands/retr' },
  { path: '/commands/connection' },
  { path: '/compare' },
  { path: '/compare/125-vs-221' }, // editorial notes
  { path: '/compare/214-vs-10065' }, // unrelated, noindex
  { path: '/compare/221-vs-125', redirect: true }, // reversed: a redirect page
  { path: '/550', redirect: true }, // short link
  { path: '/api' },
  { path: '/servers' },
  { path: '/servers/vsftpd' }, // a server page: every message by code
  { path: '/servers/vsftpd/codes/500' }, // one server's texts for one code, in full
  { path: '/servers/vsftpd/cannot-change-directory' }, // a message page
  { path: '/servers/proftpd/login-incorrect' }, // a message page whose text other servers send too
  { path: '/clients' },
  { path: '/clients/curl' }, // a client page: every error, as a table
  { path: '/clients/dotnet' }, // a library page with its names for reply codes
  { path: '/clients/curl/exit-9' }, // a client error page
  { path: '/guides' },
  { path: '/guides/ftps' }, // a guide
  { path: '/lookup' },
  { path: '/compare/go' },
  { path: '/does-not-exist' },
  {
    path: '/search?q=passive',
    ready: (page) => expect(page.locator('#results li > a').first()).toBeVisible(),
  },
  {
    path: '/explain',
    ready: async (page) => {
      await page
        .getByLabel('Session log')
        .fill(
          '220 Ready.\nUSER alice\n331 Password required.\nPASS secret\n230 Logged in.\nPASV\n227 Entering Passive Mode (192,168,1,10,195,80).\nRETR a.txt\n425 Cannot open data connection.',
        );
      await page.getByRole('button', { name: 'Explain' }).click();
      await expect(page.locator('[data-result]')).toBeVisible();
    },
  },
];

for (const { path, redirect, ready } of KINDS) {
  test(`${path}: no CSP violation, no request elsewhere, and axe finds nothing in either scheme`, async ({
    page,
    baseURL,
  }) => {
    const seen = await watchSecurity(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    if (ready) await ready(page);
    expect(await seen.violations()).toEqual([]);
    expect([...seen.origins]).toEqual([new URL(baseURL!).origin]);

    if (redirect) await openRedirectPage(page, path);
    await expectNoAxeViolations(page);
    // The same document in the dark scheme: only the colours change, so only the colour rules can differ.
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).not.toBe(light);
    await expectNoAxeViolations(page, COLOUR_RULES);
  });
}
