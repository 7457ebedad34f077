/**
 * /search against the built index: what people type and paste lands on the right page, a line no page holds
 * whole is searched again with fewer words, and the results work with the keyboard in both colour schemes.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { COLOUR_RULES, expectNoAxeViolations } from './helpers.ts';

/** Searches through the address and returns the results' links and the codes shown on them, best first. */
async function results(page: Page, query: string): Promise<{ href: string; code: string }[]> {
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  await expect(page.locator('#search-status')).toHaveText(/found for|No page has all of/, { timeout: 15_000 });
  return page
    .locator('#results li > a')
    .evaluateAll((links) =>
      links.map((a) => ({ href: a.getAttribute('href') ?? '', code: a.querySelector('.code')?.textContent ?? '' })),
    );
}

const hrefs = async (page: Page, query: string) => (await results(page, query)).map((r) => r.href);

/** The status line once the search for exactly `query` has finished (src/lib/site/search-fallback.ts, searchStatus). */
const doneFor = (query: string) =>
  new RegExp(`^((No page|\\d+ pages?) found for|No page has all of) “${RegExp.escape(query.trim())}”`);

/**
 * Searches with the page's own form, on the /search page already open: the form runs the same search as ?q= in the
 * address (src/scripts/search.ts), without loading the page and Pagefind's index again for every phrasing. Each
 * query is searched once per page; asking again returns the same results.
 */
function searcher(page: Page): (query: string) => Promise<{ href: string; code: string }[]> {
  const seen = new Map<string, { href: string; code: string }[]>();
  return async (query) => {
    if (seen.has(query)) return seen.get(query)!;
    if (!/\/search(\?|$)/.test(page.url())) await page.goto('/search');
    await page.locator('#q').fill(query);
    await page.locator('#q').press('Enter');
    await expect(page.locator('#search-status')).toHaveText(doneFor(query), { timeout: 15_000 });
    const found = await page
      .locator('#results li > a')
      .evaluateAll((links) =>
        links.map((a) => ({ href: a.getAttribute('href') ?? '', code: a.querySelector('.code')?.textContent ?? '' })),
      );
    seen.set(query, found);
    return found;
  };
}

/** Each phrasing, the page that must come first, or be among the first three. */
const FIRST: [string, string | RegExp][] = [
  ['login incorrect', '/codes/530'],
  ['550', '/codes/550'],
  ['OOPS cannot change directory', '/servers/vsftpd/cannot-change-directory'],
  ['not logged in', '/codes/530'],
  ['rename', '/commands/rnfr'],
  ['socket error 10060', '/codes/10060'],
  // A code whose own name or summary is about TLS.
  ['TLS', /^\/codes\/(234|400|522|534)$/],
  // What people paste: lftp with log:show-time, vsftpd, curl, FileZilla, ProFTPD and Pure-FTPd texts.
  ['2026-11-27 16:28:57 <--- 530 Login incorrect.', '/codes/530'],
  ['Illegal PORT command.', '/servers/vsftpd/illegal-port-command'],
  [
    '500 OOPS: vsftpd: refusing to run with writable root inside chroot()',
    '/servers/vsftpd/refusing-to-run-with-writable-root-inside-chroot',
  ],
  ['curl: (67) Access denied: 530', '/clients/curl/exit-67'],
  [
    'Server sent passive reply with unroutable address. Using server address instead.',
    '/clients/filezilla/unroutable-address',
  ],
  [
    'GnuTLS error -15 in gnutls_record_recv: An unexpected TLS packet was received.',
    '/clients/filezilla/gnutls-error-15',
  ],
  [
    'Unable to build data connection: Connection timed out',
    '/servers/proftpd/unable-to-build-data-connection-timed-out',
  ],
  ['SSL/TLS required on the control channel', '/servers/proftpd/tls-required-control'],
  ['Could not create file.', '/servers/vsftpd/could-not-create-file'],
  ['421 Too many connections (8) from this IP', '/servers/pure-ftpd/too-many-connections-per-ip'],
  ['Sorry, cleartext sessions are not accepted on this server.', '/servers/pure-ftpd/cleartext-sessions-not-accepted'],
  ['FTP error 530', '/codes/530'],
  // The Windows socket error whose name it is; 425 (the data connection refused) follows, see below.
  ['connection refused', '/codes/10061'],
];
const IN_THREE: [string, string][] = [
  // A full disk comes back as 452 in RFC 959, as 451 from the servers captured here, as 552 from Pure-FTPd
  // ("Disk full - please upload later"): the three share the first places (content/codes/552.md, In practice).
  ['disk full', '/codes/452'],
  ['disk full', '/codes/451'],
  ['disk full', '/codes/552'],
  ['Policy requires SSL', '/codes/534'],
  ['Quota exceeded', '/servers/pure-ftpd/quota-exceeded'],
  ['passive', '/codes/227'],
  ['< 550 Failed to open file.', '/servers/vsftpd/failed-to-open-file'],
];
/** Phrasings that must find a page about a code (the code page or a server's text with it) among the first three. */
const CODE_IN_THREE: [string, string][] = [
  ['Response: 550 Permission denied', '550'],
  ['ftplib.error_perm: 553 Could not create file.', '553'],
];

test.describe('/search ranks', () => {
  // Each phrasing is a search: allow for a busy machine.
  test.setTimeout(180_000);
  test('the right page first for what people type and paste', async ({ page }) => {
    const search = searcher(page);
    for (const [query, want] of FIRST) {
      const first = (await search(query))[0]?.href;
      if (typeof want === 'string') expect.soft(first, query).toBe(want);
      else expect.soft(first, query).toMatch(want);
    }
  });

  test('the right page among the first three', async ({ page }) => {
    const search = searcher(page);
    const top = async (query: string, n: number) => (await search(query)).slice(0, n).map((r) => r.href);
    expect.soft(await top('connection refused', 5), 'connection refused').toContain('/codes/425');
    for (const [query, want] of IN_THREE) expect.soft(await top(query, 3), query).toContain(want);
    for (const [query, code] of CODE_IN_THREE)
      expect
        .soft(
          (await search(query)).slice(0, 3).map((r) => r.code),
          query,
        )
        .toContain(code);
  });
});

test.describe('/search', () => {
  test('searches again with fewer words when no page has them all, and says so', async ({ page }) => {
    const found = await hrefs(page, 'curl: (28) Connection timed out after 30000 milliseconds');
    expect(found[0]).toBe('/clients/curl/exit-28');
    await expect(page.locator('#search-status')).toHaveText(
      /^No page has all of “curl: \(28\) Connection timed out after 30000 milliseconds”; showing \d+ pages? with “curl 28 Connection timed out after milliseconds”\.$/,
    );
    // A word no page holds finds nothing, and the page says that too.
    expect(await hrefs(page, 'wvkqx')).toEqual([]);
    await expect(page.locator('#search-status')).toHaveText('No page found for “wvkqx”.');
  });

  test('draws each result as the code in its class colour, the name as the link and one snippet', async ({ page }) => {
    await results(page, 'not logged in');
    const first = page.locator('#results li').first();
    await expect(first.locator('a')).toHaveAttribute('href', '/codes/530');
    await expect(first.locator('a .code')).toHaveText('530');
    await expect(first.locator('a')).toHaveText('530 Not logged in');
    const colour = (selector: string) =>
      page.evaluate((s) => getComputedStyle(document.querySelector(s)!).color, selector);
    const c5 = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.color = 'var(--c5)';
      document.body.append(probe);
      return getComputedStyle(probe).color;
    });
    expect(await colour('#results li a .code')).toBe(c5);
    await expect(first.locator('.snippet')).toHaveCount(1);
    await expect(first.locator('.snippet mark').first()).toHaveText(/logged|not/i);
    await expect(page.locator('#results li').nth(1).locator('.snippet')).not.toBeEmpty();
  });

  test('links results to canonical URLs, and the form searches in place', async ({ page }) => {
    await page.goto('/search');
    await page.getByLabel('Search the codes and commands').fill('passive');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=passive$/);
    await expect(page.locator('#search-status')).toHaveText(/^\d+ pages found for “passive”\.$/);
    const links = page.locator('#results li > a');
    await expect(links).toHaveCount(10);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      expect(href).toMatch(/^\/[a-z0-9/-]+$/);
    await page.getByRole('button', { name: 'More results' }).click();
    await expect(links).toHaveCount(20);
    await expect(links.nth(10)).toBeFocused();
  });

  test('the keyboard: ArrowDown from the box to the first result, the arrows between results, Tab in order', async ({
    page,
  }) => {
    await results(page, 'passive');
    const box = page.getByLabel('Search the codes and commands');
    const links = page.locator('#results li > a');
    await box.focus();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(box).toBeFocused();
    // Plain links in a list: Tab from the box passes the button, then reaches each result in turn.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Search' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(links.nth(1)).toBeFocused();
    const href = await links.nth(1).getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });

  test('results and their highlights keep their contrast in the dark scheme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await results(page, 'passive');
    const mark = page.locator('#results mark').first();
    await expect(mark).toBeVisible();
    // A muted highlight: a background of its own, darker than the text, and not the light scheme's.
    const dark = await mark.evaluate((m) => getComputedStyle(m).backgroundColor);
    expect(dark).not.toBe(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    await expectNoAxeViolations(page, COLOUR_RULES);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await mark.evaluate((m) => getComputedStyle(m).backgroundColor)).not.toBe(dark);
    await expectNoAxeViolations(page, COLOUR_RULES);
  });
});
