import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The standard every page is held to: WCAG 2.2 level A and AA (2.2 adds target-size, 24 px). */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Runs axe with WCAG_TAGS on the page as it is now and fails with one line per violation
 * (rule and the elements it found), so a failure says what to fix.
 */
export async function expectNoAxeViolations(page: Page, options: { label?: string; include?: string; exclude?: string[] } = {}) {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (options.include) builder = builder.include(options.include);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, options.label).toEqual([]);
}
