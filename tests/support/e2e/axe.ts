import axe from 'axe-core';
import type { Page } from '@playwright/test';
import { expect } from './app';

/** A serious or critical accessibility problem axe found, with the elements it concerns. */
export interface A11yViolation {
  id: string;
  impact: 'serious' | 'critical';
  help: string;
  helpUrl: string;
  targets: string[];
  summaries: string[];
}

/** What a check found, plus a readable report to pass as an assertion message. */
export interface A11yReport {
  violations: A11yViolation[];
  report: string;
}

/** Options for one check: a CSS selector to limit it to, and rule ids to leave out. */
export interface A11yCheckOptions {
  include?: string;
  disableRules?: string[];
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core in the page and returns only the serious and critical violations. axe is injected
 * through the DevTools protocol (page.evaluate), which the app's `script-src 'self'` does not block.
 */
export async function checkA11y(page: Page, options: A11yCheckOptions = {}): Promise<A11yReport> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    async ({ include, disableRules, tags }) => {
      const engine = (window as unknown as { axe: typeof axe }).axe;
      const rules = Object.fromEntries(disableRules.map((id) => [id, { enabled: false }]));
      const result = await engine.run(include ? { include: [include] } : document, {
        runOnly: { type: 'tag', values: tags },
        rules,
        resultTypes: ['violations'],
      });
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({
          id: v.id,
          impact: v.impact as 'serious' | 'critical',
          help: v.help,
          helpUrl: v.helpUrl,
          targets: v.nodes.map((node) => node.target.join(' ')),
          summaries: v.nodes.map((node) => node.failureSummary ?? ''),
        }));
    },
    { include: options.include, disableRules: options.disableRules ?? [], tags: WCAG_TAGS },
  );
  return { violations, report: formatA11yViolations(violations) };
}

/** Turns violations into lines a failing assertion can show. */
export function formatA11yViolations(violations: readonly A11yViolation[]): string {
  if (violations.length === 0) return 'no serious or critical accessibility violations';
  return violations
    .map((v) => {
      const nodes = v.targets.map(
        (target, i) => `    - ${target}: ${v.summaries[i]?.replace(/\n\s*/g, ' ')}`,
      );
      return [`[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`, ...nodes].join('\n');
    })
    .join('\n');
}

/** Fails the test with axe's report when the page has any serious or critical violation. */
export async function expectNoSeriousA11yViolations(
  page: Page,
  options: A11yCheckOptions = {},
): Promise<void> {
  const { violations, report } = await checkA11y(page, options);
  expect(violations, report).toEqual([]);
}
