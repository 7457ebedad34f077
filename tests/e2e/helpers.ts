/** What several browser tests share: the accessibility scan. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * axe's violations on the page as it is now, one line each with the elements concerned.
 *
 * @example await axeViolations(page) // -> ['color-contrast: Elements must meet minimum color contrast ratio thresholds (a.brand)']
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Fails the test with axe's violations, if the page as it is now has any. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}
