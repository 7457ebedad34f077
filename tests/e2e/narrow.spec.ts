/**
 * Narrow screens: every table, code block and list in `main` fits the viewport, on one page of every
 * kind at 320, 375, 768 and 1440 px, and the words a person would never split stay whole. (The page
 * as a whole not scrolling sideways is checked in a11y.spec.ts and pages.spec.ts.)
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const WIDTHS = [320, 375, 768, 1440];

/** One page of every kind, and what to do first so that its dynamic parts are on screen. */
const PAGES: { path: string; ready?: (page: Page) => Promise<void> }[] = [
  { path: '/' },
  { path: '/codes' },
  { path: '/codes/550' },
  { path: '/codes/10054' }, // not an FTP reply
  { path: '/commands' },
  { path: '/commands/retr' }, // the longest reply sequence table
  { path: '/compare' },
  { path: '/compare/125-vs-221' },
  { path: '/servers' },
  { path: '/servers/proftpd' }, // a server page: every message by code
  { path: '/servers/pure-ftpd/codes/550' }, // a server code page
  { path: '/servers/vsftpd/cannot-change-directory' }, // a message page
  { path: '/clients' },
  { path: '/clients/curl' }, // a client page: every error, as a table
  { path: '/clients/curl/exit-9' }, // a client error page
  { path: '/guides' },
  { path: '/guides/ftps' }, // a guide
  { path: '/api' },
  {
    path: '/explain',
    ready: async (page) => {
      await page
        .getByLabel('Session log')
        .fill(
          '220 Ready.\nUSER alice\n331 Password required.\nPASS secret\n230 Logged in.\nPASV\n' +
            '227 Entering Passive Mode (192,168,1,10,195,80).\nRETR /home/alice/reports/2026/december/summary.txt\n' +
            '550 /home/alice/reports/2026/december/summary.txt: No such file or directory',
        );
      await page.getByRole('button', { name: 'Explain' }).click();
      await expect(page.locator('[data-result]')).toBeVisible();
    },
  },
  {
    path: '/search?q=550',
    ready: (page) => expect(page.locator('#results li > a').first()).toBeVisible({ timeout: 15_000 }),
  },
  { path: '/lookup' },
  { path: '/does-not-exist' },
];

/**
 * Every table, pre, ul, ol and dl in `main` that sticks out: past the viewport's right or left edge, past the
 * right edge of the column it sits in, or with content wider than its own box (cut off or spilling over). A box
 * that scrolls sideways on purpose passes only if it says so: a name (aria-label) and keyboard focus (tabindex)
 * for its scrollbar. Visually hidden lists (a screen reader's contents list) are left out.
 */
function overflowingBlocks(page: Page) {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const found: string[] = [];
    const label = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} ` +
      `"${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    const isScrollBox = (el: Element) => {
      const style = getComputedStyle(el);
      return /auto|scroll/.test(style.overflowX) && el.hasAttribute('aria-label') && el.hasAttribute('tabindex');
    };
    for (const el of document.querySelectorAll('main :is(table, pre, ul, ol, dl)')) {
      if (el.getClientRects().length === 0 || el.closest('.visually-hidden')) continue;
      const box = el.getBoundingClientRect();
      const scroller = findScroller(el);
      if (scroller && isScrollBox(scroller)) continue;
      const column = columnOf(el);
      if (box.right > viewport + 0.5 || box.left < -0.5) {
        found.push(`${label(el)}: spans ${Math.round(box.left)} to ${Math.round(box.right)} in ${viewport} px`);
      } else if (box.right > column + 0.5) {
        found.push(`${label(el)}: ends at ${Math.round(box.right)}, past its column's edge at ${Math.round(column)}`);
      } else if (el.scrollWidth > el.clientWidth + 1 && !isScrollBox(el)) {
        found.push(`${label(el)}: content ${el.scrollWidth} px wide in a box of ${el.clientWidth} px`);
      }
    }
    return found;

    /** Where the content box of the element's parent ends on the right: the edge of the column it sits in. */
    function columnOf(el: Element): number {
      const parent = el.parentElement!;
      return parent.getBoundingClientRect().right - parseFloat(getComputedStyle(parent).paddingRight);
    }

    /** The nearest ancestor inside main that clips or scrolls sideways. */
    function findScroller(el: Element): Element | null {
      for (let up = el.parentElement; up && up.tagName !== 'MAIN'; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') return up;
      }
      return null;
    }
  });
}

/**
 * How often `token` occurs in the text of `main` outside running prose, and each occurrence that is set over more
 * than one line. In a paragraph a name may break at its own hyphen, as any hyphenated word does; in a label, a
 * table cell, a list of names or a heading it stays whole.
 */
function splitTokens(page: Page, token: string) {
  return page.evaluate((token) => {
    const split: string[] = [];
    let count = 0;
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('.prose')) continue;
      const text = node.textContent ?? '';
      for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + token.length);
        count++;
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
        if (tops.size > 1) split.push(`"${text.trim().slice(0, 60)}" (${node.parentElement?.tagName.toLowerCase()})`);
      }
    }
    return { count, split };
  }, token);
}

for (const { path, ready } of PAGES) {
  test(`${path}: no table, code block or list is wider than the screen at ${WIDTHS.join(', ')} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: WIDTHS[0]!, height: 800 });
    await page.goto(path);
    if (ready) await ready(page);
    const problems: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      for (const problem of await overflowingBlocks(page)) problems.push(`${width} px: ${problem}`);
      const pageOverflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (pageOverflow > 0) problems.push(`${width} px: the page scrolls sideways by ${pageOverflow} px`);
    }
    expect(problems).toEqual([]);
  });
}

test.describe('words stay whole', () => {
  const CASES: { path: string; tokens: string[] }[] = [
    { path: '/servers', tokens: ['Pure-FTPd'] },
    { path: '/servers/pure-ftpd/codes/550', tokens: ['Pure-FTPd'] },
    { path: '/codes/550', tokens: ['Pure-FTPd'] },
    { path: '/codes', tokens: ['(non-standard)'] },
    { path: '/api', tokens: ['messages.json', 'commands.json', 'schema'] },
  ];
  for (const { path, tokens } of CASES) {
    test(`${path}: ${tokens.join(', ')} never break across lines`, async ({ page }) => {
      await page.goto(path);
      const problems: string[] = [];
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        for (const token of tokens) {
          const { count, split } = await splitTokens(page, token);
          if (count === 0) problems.push(`${width} px: ${token} is not on the page`);
          for (const where of split) problems.push(`${width} px: ${token} in ${where}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

test('heading marks show on keyboard focus only, and never sit on a line of their own on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/codes/550');
  const mark = (id: string) => page.locator(`#${id} > a`).evaluate((a) => getComputedStyle(a, '::after').opacity);
  await page.locator('#causes > a').focus();
  expect(await mark('causes')).toBe('1');
  expect(await mark('meaning')).toBe('0');
  for (const path of ['/codes/550', '/commands/retr', '/servers/proftpd', '/guides/ftps']) {
    await page.goto(path);
    // The link's last line box holds the mark; the heading's last letter must end on that same line.
    const alone = await page.evaluate(() =>
      [...document.querySelectorAll('main :is(h2, h3)[id] > a[href^="#"]:only-child')]
        .filter((a) => {
          const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
          let last: Node | null = null;
          for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent!.trim()) last = n;
          if (!last) return false;
          const range = document.createRange();
          const end = last.textContent!.trimEnd().length;
          range.setStart(last, end - 1);
          range.setEnd(last, end);
          const letter = range.getBoundingClientRect();
          const line = [...a.getClientRects()].at(-1)!;
          return letter.bottom < line.top + 1;
        })
        .map((a) => a.textContent),
    );
    expect(alone, path).toEqual([]);
  }
});
