/**
 * Accessibility gate: axe on a page of every kind in both colour schemes,
 * keyboard-only use of the lookup, search and explainer, a visible focus
 * ring on everything focusable, and no sideways scroll from 320 to 1440 px.
 */
import { expect, test, type Page } from '@playwright/test';
import { COLOUR_RULES, expectNoAxeViolations } from './helpers.ts';

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
  { path: '/lookup' },
  { path: '/compare/go' },
  { path: '/does-not-exist' },
  {
    path: '/search?q=passive',
    ready: (page) => expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible(),
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
  test(`axe finds nothing on ${path}, in the light scheme and in the dark`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    if (redirect) await openRedirectPage(page, path);
    else await page.goto(path);
    if (ready) await ready(page);
    await expectNoAxeViolations(page);
    // The same document in the dark scheme: only the colours change, so only the colour rules can differ.
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).not.toBe(light);
    await expectNoAxeViolations(page, COLOUR_RULES);
  });
}

/** Presses Tab until the focused element matches, at most `limit` times. */
async function tabTo(page: Page, selector: string, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test.describe('keyboard only', () => {
  test('the lookup box: Tab to it, type, Enter', async ({ page }) => {
    await page.goto('/');
    await tabTo(page, 'form[data-lookup] input[name=q]');
    await page.keyboard.type('125 vs 221');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/compare\/125-vs-221$/);
  });

  test('search: Tab to the field, type, Enter, Tab to a result, Enter', async ({ page }) => {
    await page.goto('/search');
    await tabTo(page, 'input');
    await page.keyboard.type('passive');
    await page.keyboard.press('Enter');
    await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
    await tabTo(page, '.pagefind-ui__result-link');
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });

  test('the explainer: Tab to the log, paste, Tab to Explain, Enter, Tab into the result', async ({ page }) => {
    await page.goto('/explain');
    await tabTo(page, 'textarea');
    await page.keyboard.insertText('220 Ready.\nUSER alice\n530 Not logged in.');
    await tabTo(page, 'button[type=submit]');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-result]')).toBeVisible();
    await tabTo(page, '[data-result] a[href="/codes/530"]');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/codes\/530$/);
  });
});

test.describe('visible focus', () => {
  for (const path of ['/', '/codes', '/codes/550', '/compare', '/compare/125-vs-221', '/explain', '/search', '/api']) {
    test(`every element Tab reaches on ${path} shows a focus ring`, async ({ page }) => {
      await page.goto(path);
      const missing: string[] = [];
      const seen = new Set<string>();
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
          return {
            id: `${el.tagName.toLowerCase()} ${el.getAttribute('href') ?? el.getAttribute('name') ?? el.textContent?.trim().slice(0, 30)}`,
            ring: ring || style.boxShadow !== 'none',
          };
        });
        if (!focus || seen.has(focus.id)) break;
        seen.add(focus.id);
        if (!focus.ring) missing.push(focus.id);
      }
      expect(seen.size).toBeGreaterThan(3);
      expect(missing).toEqual([]);
    });
  }
});

test('a long code page never scrolls sideways, from 320 to 1440 px wide', async ({ page }) => {
  await page.goto('/codes/521');
  const overflowing: number[] = [];
  for (let width = 320; width <= 1440; width += 40) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    if (overflow > 0) overflowing.push(width);
  }
  expect(overflowing).toEqual([]);
});
