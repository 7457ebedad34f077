/**
 * The copy deployed under /ftp/ (dist-base/): the scripts find their way
 * without knowing the base. Paths here are relative to the base URL.
 */
import { expect, test } from './fixtures.ts';

test('search results link inside the base', async ({ page }) => {
  await page.goto('search?q=passive');
  const first = page.locator('#results li > a').first();
  await expect(first).toHaveAttribute('href', /^\/ftp\/codes\/\d{3}$/);
});

test('the lookup box and the comparison picker land on pages inside the base', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Look up a code, two codes, a command, or paste a line from a log').fill('221-vs-125');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ftp\/compare\/125-vs-221$/);
  await page.goto('compare');
  await page.getByLabel('First code').fill('221');
  await page.getByLabel('Second code').fill('125');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/ftp\/compare\/125-vs-221$/);
});

test('the 404 page suggests codes inside the base', async ({ page }) => {
  await page.goto('codes/5550');
  await expect(page.locator('[data-suggestions] a').first()).toHaveAttribute('href', '/ftp/codes/550');
});

test('the explainer links replies to code pages inside the base', async ({ page }) => {
  await page.goto('explain');
  await page.getByLabel('Session log').fill('220 Ready.\nUSER alice\n530 Not logged in.');
  await page.getByRole('button', { name: /explain/i }).click();
  await expect(page.locator('[data-result] a[href="/ftp/codes/530"]').first()).toBeVisible();
});

test('a heading link copies the canonical URL with the base', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('codes/550');
  await page.getByRole('heading', { name: 'Fix (server)' }).getByRole('link').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'https://example.org/ftp/codes/550#fix-server',
  );
});

test('the explainer ticket note links every code inside the base', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('explain');
  // A refused login: the note links the failure and the finding about it.
  await page
    .getByLabel('Session log')
    .fill('S: 220 Ready.\nC: USER alice\nS: 331 Password.\nC: PASS secret\nS: 530 No.');
  await page.getByRole('button', { name: /explain/i }).click();
  await page.getByRole('button', { name: 'Copy as ticket note' }).click();
  await expect(page.locator('[data-status]')).toHaveText('Ticket note copied.');
  const note = await page.evaluate(() => navigator.clipboard.readText());
  const links = note.match(/https?:\/\/\S+/g) ?? [];
  expect(links).toContain(new URL('codes/530', baseURL).href);
  expect(links.filter((l) => !l.startsWith(new URL('codes/', baseURL).href))).toEqual([]);
});
