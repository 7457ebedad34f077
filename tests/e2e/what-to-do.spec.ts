import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The "What to do" block of a code page (src/components/WhatToDo.astro). */
const BLOCK = 'section.what-to-do';

/**
 * Every code page, from the sitemap: /codes/110 ... /codes/10068, each once. The path must follow the origin
 * directly: a server's page for a code (/servers/vsftpd/codes/550) is not a code page.
 */
async function codePaths(page: Page): Promise<string[]> {
  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  return [...sitemap.matchAll(/<loc>https?:\/\/[^/<]+(\/codes\/\d+)<\/loc>/g)].map((m) => m[1]!);
}

/** The two screens each code page is measured at, and how many screens down What to do may start on each. */
const SIZES = [
  { width: 1440, height: 900, screens: 1 },
  { width: 375, height: 812, screens: 2 },
];

/**
 * Where the block starts, and its links that lead nowhere: each step must point at an item of the page's fix
 * sections (or at the section itself), and open with the same words as that item's bold lead-in. It runs on every
 * code page, so in the page itself (`page.evaluate`), not through a locator (see fixtures.ts for the cost).
 */
function measure(page: Page): Promise<{ top: number; broken: string[] }> {
  return page.evaluate((selector) => {
    const block = document.querySelector(selector);
    if (!block) return { top: Infinity, broken: [`no ${selector}`] };
    const broken: string[] = [];
    const links = [...block.querySelectorAll<HTMLAnchorElement>('li a, p a')];
    for (const link of links) {
      const id = decodeURIComponent(link.hash.slice(1));
      const target = document.getElementById(id);
      const inFix = /^fix-(client|server)(-|$)/.test(id);
      const lead = target?.tagName === 'LI' ? (target.querySelector('strong')?.textContent ?? '') : '';
      const sameWords = target?.tagName !== 'LI' || lead.replace(/\s+/g, ' ').startsWith(link.textContent!.trim());
      if (!target || !inFix || !sameWords) broken.push(`#${id} (${link.textContent!.trim()})`);
    }
    if (links.length < 4) broken.push(`only ${links.length} links`);
    return { top: block.getBoundingClientRect().top + window.scrollY, broken };
  }, BLOCK);
}

test.describe('What to do on code pages', () => {
  // About seventy pages, each loaded once and laid out at both sizes (no script on a code page reads the size of
  // the window, so a page resized after loading is laid out as one loaded at that size). The pages are split in
  // two halves so that the two workers share them; allow for a busy two-core machine.
  test.setTimeout(300_000);

  for (const half of [0, 1]) {
    test(`starts within 1 screen at 1440 x 900 and 2 at 375 x 812, its steps linked: code pages, half ${half + 1} of 2`, async ({
      page,
    }) => {
      const all = await codePaths(page);
      expect(all.length).toBeGreaterThanOrEqual(71);
      expect(new Set(all).size).toBe(all.length);
      const paths = all.filter((_, i) => i % 2 === half);
      const late: string[] = [];
      const broken: string[] = [];
      for (const path of paths) {
        await page.setViewportSize({ width: SIZES[0]!.width, height: SIZES[0]!.height });
        await page.goto(path);
        for (const [i, { width, height, screens }] of SIZES.entries()) {
          if (i > 0) await page.setViewportSize({ width, height });
          const found = await measure(page);
          // Its heading must be in view, not just its top border.
          if (found.top > screens * height - 40) {
            late.push(`${path}: What to do at ${Math.round(found.top)} px at ${width} x ${height}`);
          }
          // The links are the same at any size: reported once.
          if (i === 0) broken.push(...found.broken.map((b) => `${path}: ${b}`));
        }
      }
      expect(late).toEqual([]);
      expect(broken).toEqual([]);
    });
  }

  test('comes before Meaning and the fact box, and its first step leads to the fix', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/codes/550');
    const order = await page
      .locator('article > *')
      .evaluateAll((nodes) =>
        nodes.map((n) => n.querySelector(':scope > h2')?.id ?? n.getAttribute('aria-label') ?? n.tagName.toLowerCase()),
      );
    expect(order.slice(0, 3)).toEqual(['header', 'what-to-do', 'Quick facts']);
    await page.locator(BLOCK).getByRole('link', { name: 'Do not retry unchanged' }).click();
    await expect(page).toHaveURL(/#fix-client-do-not-retry-unchanged$/);
    await expect(page.locator('#fix-client-do-not-retry-unchanged')).toBeInViewport();
    await expect(page.locator('#fix-client-do-not-retry-unchanged strong')).toHaveText('Do not retry unchanged.');
  });
});

test.describe('contents rail', () => {
  test('sits beside the text at 1440 px and stays in view while the page scrolls', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/codes/550');
    const rail = page.getByRole('navigation', { name: 'On this page' });
    const text = (await page.locator('.code-page > header').boundingBox())!;
    const box = (await rail.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(text.x + text.width);
    expect(box.x + box.width).toBeLessThanOrEqual(1440);
    await expect(rail.getByRole('heading', { name: 'On this page' })).toBeVisible();
    await page.locator('#references').scrollIntoViewIfNeeded();
    const links = rail.getByRole('link');
    await expect(links.first()).toBeInViewport();
    await expect(links.last()).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0,
    );
  });

  test('stays in the flow of the text below 1200 px, without scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 1199, height: 900 });
    await page.goto('/codes/550');
    const rail = page.getByRole('navigation', { name: 'On this page' });
    const text = (await page.locator('.code-page > header').boundingBox())!;
    const box = (await rail.boundingBox())!;
    expect(box.x).toBeLessThan(text.x + text.width);
    expect(box.y).toBeGreaterThan((await page.locator('.code-page > .facts').boundingBox())!.y);
    // Its label is for screen readers only here: the links sit in a line under the fact box.
    expect((await rail.getByRole('heading', { name: 'On this page' }).boundingBox())!.width).toBeLessThanOrEqual(1);
    for (const width of [1199, 1200, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${width} px`).toBeLessThanOrEqual(0);
    }
  });
});
