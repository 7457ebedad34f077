import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations } from './helpers.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/transcripts/${name}`, 'utf8');

/** A 60,000-line log made of a real capture, repeated (as `npm run bench` builds it). */
function longLog(): string {
  const base = fixture('vsftpd-raw-pasv-transfers.txt').split('\n');
  const lines: string[] = [];
  while (lines.length < 60_000) lines.push(...base);
  return lines.slice(0, 60_000).join('\n');
}

async function explainText(page: Page, text: string) {
  await page.locator('#log').fill(text);
  await page.getByRole('button', { name: 'Explain' }).click();
  await expect(page.locator('[data-status]')).toContainText(/explained|No server replies/);
}

test.describe('/explain', () => {
  test('explains a real curl log reply by reply, with links, findings and a summary', async ({ page }) => {
    await page.goto('/explain');
    await explainText(page, fixture('vsftpd-curl-retr-missing.txt'));
    const items = page.locator('[data-replies] > li');
    await expect(items).toHaveCount(7);
    await expect(items.nth(6).getByRole('link', { name: '550' })).toHaveAttribute('href', '/codes/550');
    await expect(items.nth(6)).toContainText('(failure)');
    await expect(page.locator('[data-summary]')).toContainText('Logged in: yes.');
    await expect(page.locator('[data-summary]')).toContainText('First failure: 550');
    await expect(page.locator('[data-summary] .finding')).toContainText('does not exist or may not be used');
    await expectNoAxeViolations(page);
  });

  test('decodes a 227 reply into address and port', async ({ page }) => {
    await page.goto('/explain');
    await explainText(
      page,
      'C: PASV\nS: 227 Entering Passive Mode (192,168,1,20,195,80).\nC: RETR a\nS: 425 No data connection',
    );
    await expect(page.locator('[data-replies]')).toContainText(
      'Decoded: address 192.168.1.20, port 50000 (a private address).',
    );
    await expect(page.locator('[data-summary]')).toContainText('passive-mode NAT problem');
  });

  test('shows hostile input as text: no script runs, no element is created from it', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    // An <img src=x> made from the text would request x, and its onerror would run once that fails.
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto('/explain');
    const hostile = [
      'S: 220 <script>alert("s")</script>',
      'S: 550 <img src=x onerror=alert("i")>',
      'S: 530 <a href="javascript:alert(\'j\')">click</a>',
      'S: 421 "><svg onload=alert("v")>',
    ].join('\n');
    await explainText(page, hostile);
    // The list is drawn in slices after the summary: wait until all of it is there.
    await expect(page.locator('form[data-explainer]')).toHaveAttribute('data-render-ms', /\d+/);
    await expect(page.locator('[data-replies] > li')).toHaveCount(4);
    await expect(page.locator('[data-replies]')).toContainText('<script>alert("s")</script>');
    await expect(page.locator('[data-replies]')).toContainText('<img src=x onerror=alert("i")>');
    await expect(
      page.locator('[data-result] script, [data-result] img, [data-result] svg, [data-result] a[href^="javascript"]'),
    ).toHaveCount(0);
    expect(requests.filter((path) => path.endsWith('/x'))).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  test('sends the pasted text nowhere', async ({ page }) => {
    const requests: string[] = [];
    await page.goto('/explain');
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));
    const marker = 'SECRET-MARKER-7f3a';
    await explainText(page, `S: 220 ${marker}\nC: USER ${marker}\nC: PASS hunter2\nS: 530 ${marker}`);
    await expect(page.getByRole('button', { name: 'Copy as ticket note' })).toBeVisible();
    expect(requests.filter((r) => r.includes(marker) || r.includes('hunter2'))).toEqual([]);
    // Only static GETs of this site (the explainer's data file) happen while explaining.
    expect(requests.filter((r) => !r.startsWith('GET http://127.0.0.1'))).toEqual([]);
    await expect(page.locator('[data-result]')).not.toContainText('hunter2');
  });

  test('copies a plain-text ticket note', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/explain');
    await explainText(page, fixture('proftpd-curl-bad-password.txt'));
    await page.getByRole('button', { name: 'Copy as ticket note' }).click();
    await expect(page.locator('[data-status]')).toHaveText('Ticket note copied.');
    const note = await page.evaluate(() => navigator.clipboard.readText());
    expect(note).toMatch(/^FTP session explained: 3 server replies, 1 failures\./);
    expect(note).toContain('Logged in: no, the login was refused.');
    expect(note).toMatch(/\/codes\/530/);
  });

  // The speed of this (summary and first screen within 500 ms of the click) is measured by `npm run bench`
  // (scripts/lib/bench-explainer.mjs) on an otherwise idle machine; here only the behaviour is tested.
  test('explains a 60,000-line log: summary and first screen at once, the first batch in slices', async ({ page }) => {
    const text = longLog();
    await page.goto('/explain');
    // Pasting 3 MB through fill() is slow in the driver; set the value as a paste would.
    await page.locator('#log').evaluate((el, value) => {
      (el as HTMLTextAreaElement).value = value;
    }, text);
    await page.getByRole('button', { name: 'Explain', exact: true }).click();
    await expect(page.locator('[data-status]')).toContainText('explained', { timeout: 30_000 });
    const total = Number(
      /(\d+) replies explained/.exec((await page.locator('[data-status]').textContent()) ?? '')?.[1],
    );
    expect(total).toBeGreaterThan(10_000);
    // Thousands of transfers are counted in the summary, not listed one by one; only the first failures are.
    const summary = page.locator('[data-summary] > li');
    const counted = summary.filter({ hasText: /^\d+ transfers: \d+ completed, \d+ failed\.$/ });
    await expect(counted).toHaveCount(1);
    const [all, completed, failed] = ((await counted.textContent())!.match(/\d+/g) ?? []).map(Number);
    expect(all).toBeGreaterThan(1000);
    expect(completed! + failed!).toBe(all);
    expect(failed).toBeGreaterThan(10); // the fixture's failed LIST and RETR, repeated
    await expect(summary.filter({ hasText: /^[A-Z]{4}\b.*: failed \(\d{3}\)\.$/ })).toHaveCount(10);
    await expect(
      summary.filter({ hasText: `${failed! - 10} more failed transfers are in the list of replies.` }),
    ).toHaveCount(1);
    expect(await summary.count()).toBeLessThan(20);
    // The page answers a script call while the rest of the list renders.
    expect(
      await page.evaluate(() => document.querySelector('[data-replies]')!.childElementCount),
    ).toBeGreaterThanOrEqual(50);
    await expect(page.locator('form[data-explainer]')).toHaveAttribute('data-render-ms', /\d+/, { timeout: 60_000 });
    await expect(page.locator('[data-replies] > li')).toHaveCount(2000);
    await expect(page.locator('[data-replies] > li').nth(1999)).toContainText(/^\d{3} /);
    await expect(page.getByRole('button', { name: `Show the other ${total - 2000} replies` })).toBeVisible();
  });

  test('a new explanation replaces one still rendering, with nothing of the old one left', async ({ page }) => {
    await page.goto('/explain');
    await page.locator('#log').evaluate((el, value) => {
      (el as HTMLTextAreaElement).value = value;
    }, longLog());
    // Press Explain, then paste a short log and press it again the moment the long one's summary shows: the rest
    // of its first batch is still queued for idle time then, whatever the machine's speed (a mutation observer
    // runs in the same task as the change it observes).
    const stillRendering = await page.evaluate(
      (short) =>
        new Promise<boolean>((resolve) => {
          const form = document.querySelector<HTMLFormElement>('form[data-explainer]')!;
          const status = document.querySelector('[data-status]')!;
          const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
          new MutationObserver((_, observer) => {
            if (!status.textContent?.includes('explained')) return;
            observer.disconnect();
            const rendering = form.dataset.renderMs === undefined;
            form.querySelector('textarea')!.value = short;
            submit.click();
            resolve(rendering);
          }).observe(status, { childList: true, characterData: true, subtree: true });
          submit.click();
        }),
      fixture('vsftpd-curl-retr-missing.txt'),
    );
    expect(stillRendering).toBe(true);
    await expect(page.locator('[data-status]')).toHaveText(/^7 replies explained/);
    await expect(page.locator('form[data-explainer]')).toHaveAttribute('data-render-ms', /\d+/);
    // Slices of the long log still queued must not land in the new list.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    await expect(page.locator('[data-replies] > li')).toHaveCount(7);
    await expect(page.locator('[data-more]')).toBeHidden();
  });
});
