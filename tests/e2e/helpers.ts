/** What several browser tests share: the accessibility scan and the security watch. */
import axe from 'axe-core';
import { expect, type Page } from '@playwright/test';

/**
 * The axe rules whose outcome depends on colours. In the dark scheme the document is the same and
 * only the colours change, so these are the rules worth running again there.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe's violations on the page as it is now, one line each with the elements concerned; `rules`
 * limits the scan to those rules. axe runs in the page itself (the site has no frames), injected
 * once per document through the DevTools protocol, which the page's CSP does not govern.
 *
 * @example await axeViolations(page) // -> ['color-contrast: Elements must meet minimum color contrast ratio thresholds (a.brand)']
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async (only) => {
    const options: axe.RunOptions = {
      resultTypes: ['violations'],
      ...(only && { runOnly: { type: 'rule', values: only } }),
    };
    const results = await window.axe.run(document, options);
    return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }, rules);
}

/** Fails the test with axe's violations, if the page as it is now has any. */
export async function expectNoAxeViolations(page: Page, rules?: string[]): Promise<void> {
  expect(await axeViolations(page, rules)).toEqual([]);
}

/** Where each page's CSP violations go: the list of the test watching it now. */
const violationSinks = new WeakMap<Page, { lines: string[] }>();

/**
 * Records CSP violations (from the moment each document starts) and every request's origin, from now until the
 * test ends. The violations are sent to the test as they happen, so a page that moves on (a redirect page's meta
 * refresh) cannot take them with it. The reporting function and script are installed once per page (a page can
 * bind a name only once, and tests share a worker's page); each call starts an empty list.
 */
export async function watchSecurity(page: Page) {
  const violations: string[] = [];
  const sink = violationSinks.get(page);
  if (sink) sink.lines = violations;
  else {
    const fresh = { lines: violations };
    violationSinks.set(page, fresh);
    await page.exposeFunction('reportViolation', (line: string) => fresh.lines.push(line));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportViolation: (line: string) => void }).reportViolation(
          `${e.violatedDirective}: ${e.blockedURI}`,
        );
      });
    });
  }
  const origins = new Set<string>();
  page.on('request', (request) => origins.add(new URL(request.url()).origin));
  return { origins, violations: async () => violations };
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}
