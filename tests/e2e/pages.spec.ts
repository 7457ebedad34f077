import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations } from './helpers.ts';

/** Scripts that run: JSON-LD blocks are data. */
const SCRIPTS = 'script:not([type="application/ld+json"])';

async function expectNoScripts(page: Page) {
  expect(await page.locator(SCRIPTS).count()).toBe(0);
}

test.describe('home page', () => {
  test('explains the digits and lists every RFC 959 code by class', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('FTP server reply codes');
    await expect(page.getByRole('heading', { name: 'Reading the three digits' })).toBeVisible();
    for (const heading of [
      '1yz (1xx): Positive Preliminary',
      '2yz (2xx): Positive Completion',
      '3yz (3xx): Positive Intermediate',
      '4yz (4xx): Transient Negative Completion',
      '5yz (5xx): Permanent Negative Completion',
    ]) {
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    }
    const codeLinks = page.locator('#main a[href^="/codes/"]');
    expect(await codeLinks.count()).toBeGreaterThanOrEqual(39);
    await page.getByRole('link', { name: /^550/ }).first().click();
    await expect(page).toHaveURL(/\/codes\/550$/);
  });

  // axe scans every page kind in tests/e2e/a11y.spec.ts.
  test("ships only the lookup box's small script", async ({ page }) => {
    await page.goto('/');
    await expect(page.locator(SCRIPTS)).toHaveCount(1);
    await expect(page.locator(SCRIPTS)).toHaveAttribute('src', /^\/_astro\/LookupBox/);
  });
});

test.describe('code page', () => {
  test('shows the facts, the written sections and the commands that return the code', async ({ page }) => {
    await page.goto('/codes/550');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('550 File unavailable');
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/codes\/550$/);
    const facts = page.getByRole('region', { name: 'Quick facts' });
    await expect(facts).toContainText('5yz (5xx) Permanent Negative Completion');
    await expect(facts).toContainText('File system');
    await expect(facts).toContainText('Do not retry unchanged');
    for (const id of [
      'meaning',
      'causes',
      'fix-client',
      'fix-server',
      'examples',
      'in-practice',
      'returned-by',
      'related',
      'references',
    ]) {
      await expect(page.locator(`h2#${id}`)).toHaveCount(1);
    }
    const returnedBy = page.locator('section:has(h2#returned-by)');
    for (const command of ['RETR', 'CWD', 'DELE', 'RNFR']) {
      await expect(returnedBy.getByRole('link', { name: command, exact: true })).toHaveAttribute(
        'href',
        `/commands/${command.toLowerCase()}`,
      );
    }
    await expect(
      page.locator('#references').locator('..').getByRole('link', { name: 'RFC 959, section 4.2.1' }),
    ).toHaveAttribute('href', 'https://datatracker.ietf.org/doc/html/rfc959#section-4.2.1');
  });

  test("ships only the copy button's small script", async ({ page }) => {
    await page.goto('/codes/550');
    await expect(page.locator(SCRIPTS)).toHaveCount(1);
    await expect(page.locator(SCRIPTS)).toHaveAttribute('src', /^\/_astro\/TicketNote[^/]+\.js$/);
  });

  test('offers a plain-text ticket note, readable without a script and copied with one', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/codes/550');
    const note = page.locator('#ticket-note-text');
    await expect(note).toContainText('FTP reply 550 File unavailable');
    await expect(note).toContainText('What the user can do:');
    await expect(note).toContainText('Details: https://ftp-reply-codes.org/codes/550');
    await page.getByRole('button', { name: 'Copy the ticket note' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await note.textContent());
  });

  test('links each section heading to itself and copies its canonical URL', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/codes/550');
    const heading = page.getByRole('heading', { level: 2, name: 'Fix (server)' });
    await expect(heading).toHaveAttribute('id', 'fix-server');
    const link = heading.getByRole('link', { name: 'Fix (server)' });
    // The '#' mark is visible (generated content), not part of the link's accessible name.
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toContain('#');
    await link.click();
    await expect(page).toHaveURL(/\/codes\/550#fix-server$/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'https://ftp-reply-codes.org/codes/550#fix-server',
    );
    await expect(page.locator('[aria-live]').filter({ hasText: 'copied' })).toHaveText(
      'Link to "Fix (server)" copied.',
    );
    await expect(heading).toBeInViewport();
  });

  test('heading links work as plain anchors without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/compare/125-vs-221');
    await page.getByRole('link', { name: 'What tells them apart' }).click();
    await expect(page).toHaveURL(/\/compare\/125-vs-221#differences$/);
    await expect(page.getByRole('heading', { name: 'What tells them apart' })).toBeInViewport();
    await context.close();
  });

  test('shows breadcrumbs and the previous and next codes', async ({ page }) => {
    await page.goto('/codes/550');
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('link', { name: 'Codes' })).toHaveAttribute('href', '/codes');
    const nav = page.getByRole('navigation', { name: 'Previous and next code' });
    await expect(nav.locator('a[rel=prev]')).toHaveAttribute('href', '/codes/537');
    await expect(nav.locator('a[rel=next]')).toHaveAttribute('href', '/codes/551');
  });
});

test.describe('command page', () => {
  test('shows the reply sequence with every code linked', async ({ page }) => {
    await page.goto('/commands/retr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('RETR: Retrieve');
    const table = page.locator('section:has(h2#replies) table');
    // By phase: RFC 959 5.4's replies, then those RFC 1123, RFC 2228 and RFC 4217 add; 535 comes in two phases.
    const expected = [
      125, 150, 110, 226, 250, 425, 426, 451, 535, 522, 450, 550, 500, 501, 421, 530, 554, 555, 534, 535, 521, 522,
    ];
    const hrefs = await table
      .locator('a[href^="/codes/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expected.map((c) => `/codes/${c}`));
    await expect(table.getByRole('rowheader', { name: /^Completion/ })).toHaveCount(1);
    await expect(table.getByRole('row').filter({ has: page.locator('a[href="/codes/534"]') })).toContainText(
      'Added by RFC 2228, section 8.2',
    );
  });

  test('links a 350 intermediate reply to the command that completes it', async ({ page }) => {
    await page.goto('/commands/rnfr');
    await expect(page.locator('section:has(h2#replies)').getByRole('link', { name: 'RNTO' })).toHaveAttribute(
      'href',
      '/commands/rnto',
    );
  });

  test('ships no JavaScript', async ({ page }) => {
    await page.goto('/commands/retr');
    await expectNoScripts(page);
  });
});

test.describe('pages beyond RFC 959', () => {
  test('a number with two meanings explains both and how to tell them apart', async ({ page }) => {
    await page.goto('/codes/522');
    const meanings = page.locator('section:has(h2#meanings)');
    await expect(meanings.getByRole('heading')).toHaveText('522 has 2 meanings');
    await expect(meanings.getByRole('link', { name: /RFC 2428/ })).toBeVisible();
    await expect(meanings.getByRole('link', { name: /RFC 4217/ })).toBeVisible();
  });

  test('a Windows socket error says it is not an FTP reply and names its source', async ({ page }) => {
    await page.goto('/codes/10054');
    const facts = page.getByRole('region', { name: 'Quick facts' });
    await expect(facts).toContainText('Not an FTP reply');
    await expect(facts).not.toContainText('Function group');
    await expect(facts.getByRole('link', { name: /Windows Sockets/ })).toHaveAttribute('href', /learn\.microsoft\.com/);
  });

  test('a non-standard code is labelled as such on its page and in the lists', async ({ page }) => {
    await page.goto('/codes/430');
    await expect(page.getByRole('region', { name: 'Quick facts' })).toContainText('Non-standard');
    await page.goto('/codes');
    await expect(page.locator('li', { has: page.locator('a[href="/codes/430"]') })).toContainText('(non-standard)');
  });

  test('an extension command lists its replies from its RFC', async ({ page }) => {
    await page.goto('/commands/auth');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^AUTH/);
    await expect(
      page.locator('section:has(h2#replies)').getByRole('link', { name: 'RFC 2228, section 8.2' }),
    ).toBeVisible();
    await expect(page.locator('section:has(h2#replies) a[href="/codes/234"]')).toHaveCount(1);
  });
});

test.describe('code index filters', () => {
  const visibleCodes = (page: Page) =>
    page
      .locator('.code-class li a[href^="/codes/"], [aria-labelledby="not-ftp"] li a')
      .evaluateAll((links) =>
        links
          .filter((a) => (a as HTMLElement).offsetParent !== null)
          .map((a) => Number(a.getAttribute('href')!.split('/').pop())),
      );

  test('filter by function group and by class without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/codes');
    const all = await visibleCodes(page);
    expect(all).toContain(10054);
    await page.getByRole('group', { name: 'Function group (second digit)' }).getByLabel('x2z Connections').check();
    const connections = all.filter((c) => c < 1000 && Math.floor(c / 10) % 10 === 2);
    expect(connections).toEqual(
      expect.arrayContaining([120, 125, 220, 221, 225, 226, 227, 228, 229, 421, 425, 426, 521, 522]),
    );
    expect(await visibleCodes(page)).toEqual(connections);
    // The class filter narrows further; a class with no code in the group says so.
    await page
      .getByRole('group', { name: 'Class (first digit)' })
      .getByLabel('4yz Transient Negative Completion')
      .check();
    expect(await visibleCodes(page)).toEqual([421, 425, 426]);
    await page.getByLabel('6yz Protected').check();
    expect(await visibleCodes(page)).toEqual([]);
    await expect(page.getByText('No 6yz code is in the chosen function group.')).toBeVisible();
    await page.getByRole('group', { name: 'Function group (second digit)' }).getByLabel('All').check();
    expect(await visibleCodes(page)).toEqual([631, 632, 633]);
    await context.close();
  });

  test('a filtered view lives in the address, and the address brings it back', async ({ page }) => {
    await page.goto('/codes');
    await page.getByRole('group', { name: 'Function group (second digit)' }).getByLabel('x2z Connections').check();
    await page
      .getByRole('group', { name: 'Class (first digit)' })
      .getByLabel('4yz Transient Negative Completion')
      .check();
    await expect(page).toHaveURL(/\/codes\?group=2&class=4$/);
    await page.goto('/codes?class=4&group=2');
    await expect(page.getByLabel('x2z Connections')).toBeChecked();
    expect(await visibleCodes(page)).toEqual([421, 425, 426]);
    // Back to All drops the parameter.
    await page.getByRole('group', { name: 'Class (first digit)' }).getByLabel('All').check();
    await expect(page).toHaveURL(/\/codes\?group=2$/);
  });

  test('the filters are keyboard-usable and pass axe', async ({ page }) => {
    await page.goto('/codes');
    await page.getByRole('group', { name: 'Function group (second digit)' }).getByLabel('All').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByLabel('x0z Syntax')).toBeChecked();
    // Some codes are shown (an empty list would pass the second check), and only x0z ones.
    const shown = await visibleCodes(page);
    expect(shown).toEqual(expect.arrayContaining([200, 500, 501]));
    expect(shown.filter((c) => Math.floor(c / 10) % 10 !== 0)).toEqual([]);
    await expectNoAxeViolations(page);
  });
});

test.describe('comparison pages', () => {
  const H1 = '125 Data connection already open vs 221 Closing control connection';

  test('the showcase pair names both codes and answers first, in a table', async ({ page }) => {
    await page.goto('/compare/125-vs-221');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(H1);
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/compare\/125-vs-221$/);
    await expect(page.locator('meta[name=robots]')).toHaveCount(0);
    // The table comes first, then the computed differences and the notes; the old cards are gone.
    expect(await page.locator('h2[id]').evaluateAll((hs) => hs.map((h) => h.id))).toEqual(
      expect.arrayContaining(['at-a-glance', 'differences', 'notes']),
    );
    expect(await page.locator('h2[id]').first().getAttribute('id')).toBe('at-a-glance');
    await expect(page.locator('#side-by-side, #verdict')).toHaveCount(0);
    const table = page.locator('section:has(h2#at-a-glance) table');
    expect(await table.locator('tbody th[scope=row]').allTextContents()).toEqual([
      'In short',
      'Class',
      'What the client does next',
      'Which connection',
      'Which commands',
      'Final reply?',
      'Retry?',
      'What to do',
    ]);
    await expect(table.getByRole('columnheader', { name: '125 Data connection already open' })).toBeVisible();
    await expect(table.getByRole('link', { name: '221 Closing control connection' })).toHaveAttribute(
      'href',
      '/codes/221',
    );
    const row = (name: string) => table.locator('tr', { has: page.locator(`th[scope=row]:text-is("${name}")`) });
    await expect(row('Class').locator('td').first()).toHaveText('1yz (1xx) Positive Preliminary.');
    await expect(row('Class').locator('td').last()).toHaveText('2yz (2xx) Positive Completion.');
    await expect(row('Which connection').locator('td').first()).toHaveText('The data connection.');
    await expect(row('Which connection').locator('td').last()).toHaveText('The control connection.');
    await expect(row('What to do').getByRole('link', { name: 'Client-side steps for 221' })).toHaveAttribute(
      'href',
      '/codes/221#fix-client',
    );
    await expect(page.locator(SCRIPTS)).toHaveAttribute('src', /^\/_astro\/TicketNote[^/]+\.js$/);
    await expect(page.locator('#ticket-note-text')).toContainText('FTP replies 125 and 221 compared');
  });

  test('the table fits a 320 px screen as cards, each answer naming its code, with the answer on the first screen', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/compare/450-vs-550');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const table = page.locator('section:has(h2#at-a-glance) table');
    const box = (await table.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    await expect(table.locator('thead')).toBeHidden();
    const first = table.locator('tbody tr').first().locator('td').first();
    expect(await first.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"450: "');
    await expect(page.locator('h2#at-a-glance')).toBeInViewport();
    // On a desktop the same table has its two code columns side by side.
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect(table.locator('thead')).toBeVisible();
    const [left, right] = await table
      .locator('tbody tr')
      .first()
      .locator('td')
      .evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().top));
    expect(left).toBe(right);
    await expect(table.locator('tbody tr').first()).toBeInViewport();
  });

  test('the reversed order lands on the canonical page', async ({ page }) => {
    await page.goto('/compare/221-vs-125');
    await expect(page).toHaveURL(/\/compare\/125-vs-221$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(H1);
  });

  test('an unrelated pair is a real page kept out of search indexes', async ({ page }) => {
    await page.goto('/compare/214-vs-10065');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '214 Help message vs 10065 No route to host (Winsock)',
    );
    await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex,follow');
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/compare\/214-vs-10065$/);
  });

  test('the picker takes two codes in any order to their page', async ({ page }) => {
    await page.goto('/compare');
    await page.getByLabel('First code').fill('221');
    await page.getByLabel('Second code').fill('125');
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page).toHaveURL(/\/compare\/125-vs-221$/);
  });

  test('the picker refuses the same code twice and says why', async ({ page }) => {
    await page.goto('/compare');
    await page.getByLabel('First code').fill('550');
    await page.getByLabel('Second code').fill('550');
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page.locator('form output')).toHaveText('Pick two different codes.');
    await expect(page).toHaveURL(/\/compare$/);
  });

  test('the index opens with the pairs people mix up, named and by theme, and the picker comes second', async ({
    page,
  }) => {
    await page.goto('/compare');
    const confused = page.locator('section:has(> h2#often-confused)');
    await expect(confused.getByRole('heading', { name: 'Transient or permanent' })).toBeVisible();
    await expect(
      confused.getByRole('link', { name: '450 File temporarily unavailable vs 550 File unavailable' }),
    ).toHaveAttribute('href', '/compare/450-vs-550');
    await expect(confused.getByRole('heading', { name: 'Security and TLS' })).toBeVisible();
    await expect(
      confused.getByRole('link', {
        name: '631 Integrity protected reply vs 632 Confidentiality and integrity protected reply',
      }),
    ).toBeVisible();
    expect(await page.locator('h2[id]').evaluateAll((hs) => hs.map((h) => h.id))).toEqual([
      'often-confused',
      'any-two',
      'more-pairs',
    ]);
    // Every pair link names both codes.
    const texts = await page.locator('#main a[href^="/compare/"]').allTextContents();
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((t) => !/^\d+ \S.* vs \d+ \S/.test(t.trim()))).toEqual([]);
    await expect(page.getByText('(notes)')).toHaveCount(0);
  });
});

test.describe('404 page', () => {
  test('answers unknown addresses with status 404 and a way back', async ({ page }) => {
    const response = await page.goto('/codes/999');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex,follow');
    await expect(page.getByRole('link', { name: 'All reply codes' })).toHaveAttribute('href', '/codes');
  });

  test('suggests the code an address probably meant', async ({ page }) => {
    const response = await page.goto('/codes/5550');
    expect(response?.status()).toBe(404);
    const suggestions = page.getByRole('heading', { name: 'Did you mean' }).locator('..');
    await expect(suggestions.getByRole('link', { name: '550 File unavailable', exact: true })).toHaveAttribute(
      'href',
      '/codes/550',
    );
  });
});

test.describe('lookup box', () => {
  const HOME_LABEL = 'Look up a code, two codes, a command, or paste a line from a log';
  // The lines people paste (issue 16), each with the page it lands on.
  const cases: [string, RegExp][] = [
    ['550', /\/codes\/550$/],
    ['550 A text no catalogued server sends.', /\/codes\/550$/],
    ['Response: 550 Access is denied.', /\/servers\/iis\/access-is-denied$/],
    ['Response: 550 Permission denied', /\/servers\/vsftpd\/permission-denied$/],
    ['< 550 Failed to open file.', /\/servers\/vsftpd\/failed-to-open-file$/],
    ['< 451 The parameter is incorrect.', /\/servers\/iis\/parameter-is-incorrect$/],
    ['220 Microsoft FTP Service', /\/servers\/iis\/codes\/220#microsoft-ftp-service$/],
    ['500 OOPS: cannot change directory:/home/alice', /\/servers\/vsftpd\/cannot-change-directory$/],
    ['12:00:01 Response: 550 Failed to change directory.', /\/servers\/vsftpd\/codes\/550#failed-to-change-directory$/],
    ['ftplib.error_perm: 553 Could not create file.', /\/servers\/vsftpd\/could-not-create-file$/],
    ['Error 550', /\/codes\/550$/],
    ['FTP error 530', /\/codes\/530$/],
    ['socket error 10060', /\/codes\/10060$/],
    ['[32649] 2026-11-27 16:28:57 <--- 530 Login incorrect.', /\/servers\/[a-z-]+\/(codes\/530#)?login-incorrect$/],
    ['---> PASV', /\/commands\/pasv$/],
    ['curl: (9) Server denied you to change to the given directory', /\/clients\/curl\/exit-9$/],
    ['curl: (28) Connection timed out after 30001 milliseconds', /\/clients\/curl#exit-28-connect$/],
    [
      '12:00:01\tError:\tFailed to retrieve directory listing',
      /\/clients\/filezilla\/failed-to-retrieve-directory-listing$/,
    ],
    ['221-vs-125', /\/compare\/125-vs-221$/],
    ['125 vs 221', /\/compare\/125-vs-221$/],
    ['550 or 450', /\/compare\/450-vs-550$/],
    ['5xx', /\/codes#class-5$/],
    ['RETR', /\/commands\/retr$/],
    ['/commands/RETR', /\/commands\/retr$/],
    ['disk full', /\/search\?q=disk%20full$/],
  ];
  // One page goes through every case in turn (each from a fresh load of the home page); each case is checked on
  // its own (a soft expectation), so one that goes astray does not hide the others.
  test(`each of ${cases.length} pasted lines goes straight to its page`, async ({ page }) => {
    // Two page loads per case: more than the default 30 s on a busy two-core machine.
    test.setTimeout(120_000);
    for (const [query, url] of cases) {
      await page.goto('/');
      await page.getByLabel(HOME_LABEL).fill(query);
      await page.getByRole('button', { name: 'Go' }).click();
      await expect.soft(page, `"${query}"`).toHaveURL(url);
    }
  });

  test('says that a number is no reply code instead of going anywhere', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel(HOME_LABEL).fill('553 vs 999');
    await page.getByRole('button', { name: 'Go' }).click();
    const said = page.locator('form[data-lookup] output').last();
    await expect(said).toContainText('999 is not an FTP reply code');
    await expect(said.getByRole('link', { name: '553' })).toHaveAttribute('href', '/codes/553');
    await expect(page).toHaveURL(/\/$/);
  });

  test("the header's box on a page without its script goes through /lookup to the page", async ({ page }) => {
    await page.goto('/codes/550');
    await page.getByRole('search', { name: 'Look up' }).getByRole('searchbox').fill('Response: 550 Permission denied');
    await page.getByRole('search', { name: 'Look up' }).getByRole('button').click();
    await expect(page).toHaveURL(/\/servers\/vsftpd\/permission-denied$/);
    // Back leads to the page the query was typed on, not to /lookup.
    await page.goBack();
    await expect(page).toHaveURL(/\/codes\/550$/);
  });

  test('/lookup says why a number has no page', async ({ page }) => {
    await page.goto('/lookup?q=553%20vs%20999');
    await expect(page.locator('main output')).toContainText('999 is not an FTP reply code');
  });

  test('sits in the header of every page and first on the home page, above the fold on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('/');
    const box = await page.getByLabel(HOME_LABEL).boundingBox();
    expect(box!.y + box!.height).toBeLessThan(812);
    for (const path of ['/codes/550', '/commands/retr', '/servers/vsftpd', '/guides/ftps', '/compare/125-vs-221']) {
      await page.goto(path);
      const header = await page.getByRole('search', { name: 'Look up' }).boundingBox();
      expect(header!.x + header!.width, path).toBeLessThanOrEqual(375);
      expect(header!.y, path).toBeLessThan(200);
    }
  });

  test('works as a plain form without JavaScript: a GET to /lookup', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/codes');
    await page.getByLabel('Look up a code or a pair').fill('550');
    await page.getByRole('button', { name: 'Go' }).click();
    await expect(page).toHaveURL(/\/lookup\?q=550$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lookup');
    await context.close();
  });
});

test.describe('other spellings of an address', () => {
  for (const [path, url] of [
    // A trailing slash is the host's to strip (README, "Hosting"); astro preview answers it with its own page.
    ['/commands/RETR', /\/commands\/retr$/],
    ['/Codes/550', /\/codes\/550$/],
    ['/COMPARE/221-vs-125', /\/compare\/125-vs-221$/],
  ] as const) {
    test(`${path} lands on the canonical URL`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(url);
    });
  }

  test('the comparison picker refuses a code without a page', async ({ page }) => {
    await page.goto('/compare');
    await page.getByLabel('First code').fill('553');
    await page.getByLabel('Second code').fill('559');
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page.locator('form[data-compare-picker] output')).toContainText('559 is not a reply code');
    await expect(page).toHaveURL(/\/compare$/);
  });
});

test.describe('short links and print', () => {
  test('/550 lands on /codes/550', async ({ page }) => {
    await page.goto('/550');
    await expect(page).toHaveURL(/\/codes\/550$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('550 File unavailable');
  });

  test('prints the content without the navigation, with external links spelled out', async ({ page }) => {
    await page.goto('/codes/550');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const after = await page
      .locator('a[href^="https://datatracker"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('https://datatracker.ietf.org');
  });
});

test.describe('layout', () => {
  const paths = [
    '/',
    '/codes',
    '/codes/227',
    '/commands/stor',
    '/compare',
    '/compare/125-vs-221',
    '/compare/232-vs-631',
    '/servers/proftpd',
    '/servers/proftpd/codes/550',
    '/servers/vsftpd/cannot-change-directory',
  ];
  test(`${paths.length} pages of every kind do not scroll sideways at 320 px`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of paths) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect.soft(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('server message and client error pages', () => {
  // About eighty pages, split in two halves that the two workers share.
  for (const half of [0, 1]) {
    test(`every one shows its fix on the first screen of a phone (375 x 812), half ${half + 1} of 2`, async ({
      page,
    }) => {
      // Forty pages in one test: more than the default 30 s on a busy two-core machine.
      test.setTimeout(300_000);
      const sitemap = await (await page.request.get('/sitemap.xml')).text();
      const paths = [...sitemap.matchAll(/<loc>[^<]*?(\/(?:servers|clients)\/[a-z0-9-]+\/[a-z0-9-]+)<\/loc>/g)]
        .map((m) => m[1]!)
        .filter((p) => !/\/codes$/.test(p));
      expect(paths.filter((p) => p.startsWith('/clients/')).length).toBeGreaterThan(25);
      expect(paths.length).toBeGreaterThan(70);
      await page.setViewportSize({ width: 375, height: 812 });
      const late: string[] = [];
      for (const path of paths.filter((_, i) => i % 2 === half)) {
        await page.goto(path);
        // In the page itself, not through a locator: see fixtures.ts for the cost.
        const top = await page.evaluate(() => document.getElementById('fix')?.getBoundingClientRect().top ?? Infinity);
        if (top > 812 - 40) late.push(`${path}: Fix at ${Math.round(top)} px`);
      }
      expect(late).toEqual([]);
    });
  }
});
