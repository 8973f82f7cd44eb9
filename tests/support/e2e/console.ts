import type { BrowserContext } from '@playwright/test';

/**
 * Starts recording console errors and uncaught page exceptions from every page in the context, and
 * returns the live list of readable lines.
 */
export function collectConsoleErrors(context: BrowserContext, into: string[] = []): string[] {
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    into.push(`console.error: ${message.text()}` + (url ? ` (${url}:${lineNumber})` : ''));
  });
  context.on('weberror', (webError) => {
    const error = webError.error();
    into.push(`uncaught: ${error.stack ?? error.message}`);
  });
  return into;
}
