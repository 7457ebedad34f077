import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/transcripts/${name}`, 'utf8');

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

  test('explains a 60,000-line log and stays responsive (measured, reported)', async ({ page }) => {
    const base = fixture('vsftpd-raw-pasv-transfers.txt').split('\n');
    const lines: string[] = [];
    while (lines.length < 60_000) lines.push(...base);
    const text = lines.slice(0, 60_000).join('\n');
    await page.goto('/explain');
    // Pasting 3 MB through fill() is slow in the driver; set the value as a paste would.
    await page.locator('#log').evaluate((el, value) => {
      (el as HTMLTextAreaElement).value = value;
    }, text);
    const started = Date.now();
    await page.getByRole('button', { name: 'Explain' }).click();
    await expect(page.locator('[data-status]')).toContainText('explained', { timeout: 30_000 });
    const toSummary = Date.now() - started;
    const explainMs = Number(await page.locator('form[data-explainer]').getAttribute('data-explain-ms'));
    // While the list is still rendering in slices, the page answers a script call.
    const probe = Date.now();
    expect(await page.evaluate(() => document.querySelector('[data-summary]')!.childElementCount)).toBeGreaterThan(2);
    const probeMs = Date.now() - probe;
    await expect(page.locator('form[data-explainer]')).toHaveAttribute('data-render-ms', /\d+/, { timeout: 60_000 });
    const renderMs = Number(await page.locator('form[data-explainer]').getAttribute('data-render-ms'));
    const shown = await page.locator('[data-replies] > li').count();
    expect(shown).toBe(2000);
    const total = Number(
      /(\d+) replies explained/.exec((await page.locator('[data-status]').textContent()) ?? '')?.[1],
    );
    expect(total).toBeGreaterThan(10_000);
    await expect(page.getByRole('button', { name: `Show the other ${total - 2000} replies` })).toBeVisible();
    const replies = total;
    mkdirSync('reports', { recursive: true });
    const figures = {
      lines: 60_000,
      replies,
      parseAndExplainMs: explainMs,
      summaryShownMs: toSummary,
      probeDuringRenderMs: probeMs,
      fullListRenderedMs: renderMs,
    };
    writeFileSync('reports/explain-perf.json', JSON.stringify(figures));
    test.info().annotations.push({ type: 'perf', description: JSON.stringify(figures) });
  });
});
