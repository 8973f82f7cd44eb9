import type { BrowserContext } from '@playwright/test';

/** One Content-Security-Policy violation the page reported. */
export interface CspViolation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  line: number;
  sample: string;
  page: string;
}

const BINDING = '__lumbungReportCspViolation';

/**
 * Starts recording every `securitypolicyviolation` in the context's pages, and returns the live list.
 * The listener is added by the browser tooling before any page script runs, so the app's CSP does
 * not apply to it; call this before the first navigation.
 */
export async function collectCspViolations(
  context: BrowserContext,
  into: CspViolation[] = [],
): Promise<CspViolation[]> {
  await context.exposeBinding(BINDING, (_source, violation: CspViolation) => {
    into.push(violation);
  });
  await context.addInitScript((binding: string) => {
    const report = (window as unknown as Record<string, (violation: unknown) => void>)[binding];
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        void report?.({
          directive: event.effectiveDirective,
          blockedURI: event.blockedURI,
          sourceFile: event.sourceFile,
          line: event.lineNumber,
          sample: event.sample,
          page: location.href,
        });
      },
      true,
    );
  }, BINDING);
  return into;
}

/** Turns violations into lines a failing assertion can show. */
export function formatCspViolations(violations: readonly CspViolation[]): string {
  if (violations.length === 0) return 'no CSP violations';
  return violations
    .map(
      (v) =>
        `CSP ${v.directive} blocked ${v.blockedURI || '(inline)'} on ${v.page}` +
        (v.sourceFile ? ` at ${v.sourceFile}:${v.line}` : '') +
        (v.sample ? ` — "${v.sample}"` : ''),
    )
    .join('\n');
}
