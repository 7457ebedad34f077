/**
 * Accessibility gate, part two: keyboard-only use of the lookup, search and explainer, a visible
 * focus ring on everything focusable, and no sideways scroll from 320 to 1440 px. (axe on a page
 * of every kind in both colour schemes is in page-kinds.spec.ts.)
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { axeViolations, COLOUR_RULES } from './helpers.ts';

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
    // The first search loads Pagefind's index: allow for a busy machine.
    await expect(page.locator('#results li > a').first()).toBeVisible({ timeout: 15_000 });
    await tabTo(page, '#results li > a');
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

test('the axe scan reports what it should: an image without a text alternative, low contrast', async ({ browser }) => {
  // A blank page in a context of its own: the site's CSP would block the inline style.
  const page = await browser.newPage();
  await page.setContent(
    '<!doctype html><html lang="en"><title>t</title><main><h1>t</h1><img src="x.svg">' +
      '<p style="color:#777;background:#888">faint</p></main></html>',
  );
  const found = (await axeViolations(page)).map((line) => line.split(':')[0]);
  expect(found).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
  expect((await axeViolations(page, COLOUR_RULES)).map((line) => line.split(':')[0])).toEqual(['color-contrast']);
  await page.close();
});
