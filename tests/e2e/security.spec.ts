/**
 * The Content-Security-Policy is enforced: a script injected into a page does not run and is
 * reported. (Every page kind loads with no violation and no request to another origin:
 * page-kinds.spec.ts.) The check runs twice in one worker, so the second time the watcher reports
 * on a page an earlier test used (fixtures.ts): a watcher that went quiet there would let
 * page-kinds.spec.ts pass with violations.
 */
import { expect, test } from './fixtures.ts';
import { watchSecurity } from './helpers.ts';

test.describe.configure({ mode: 'serial' });

for (const round of ['once', 'and again on the same page, in the next test']) {
  test(`the policy is enforced: an injected inline script does not run and is reported, ${round}`, async ({ page }) => {
    const seen = await watchSecurity(page);
    await page.goto('/codes/550');
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.head.append(script);
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(seen.violations).toEqual([expect.stringMatching(/^script-src/)]);
  });
}
