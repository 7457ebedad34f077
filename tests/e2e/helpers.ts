/** What several browser tests share: the accessibility scan. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * The axe rules whose outcome depends on colours. In the dark scheme the document is the same and
 * only the colours change, so these are the rules worth running again there.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe's violations on the page as it is now, one line each with the elements concerned; `rules`
 * limits the scan to those rules.
 *
 * @example await axeViolations(page) // -> ['color-contrast: Elements must meet minimum color contrast ratio thresholds (a.brand)']
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  if (rules) builder = builder.withRules(rules);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Fails the test with axe's violations, if the page as it is now has any. */
export async function expectNoAxeViolations(page: Page, rules?: string[]): Promise<void> {
  expect(await axeViolations(page, rules)).toEqual([]);
}
