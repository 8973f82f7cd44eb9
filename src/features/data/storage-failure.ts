import type { MessageKey } from '../../i18n/id';

/** Whether an error (or the error inside it) is the browser saying its storage quota is used up. */
function isQuotaError(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) && !(error instanceof DOMException)) return false;
  if (error.name === 'QuotaExceededError') return true;
  const inner = (error as { inner?: unknown; cause?: unknown }).inner ?? (error as { cause?: unknown }).cause;
  return depth < 3 && inner !== undefined && isQuotaError(inner, depth + 1);
}

/**
 * The message for a write that threw instead of returning its problems: a full disk gets its own
 * plain words; anything else says the entry was not saved. Either way earlier entries are safe
 * (the transaction wrote nothing), and the form stays open with the member's input.
 */
export const storageFailureMessage = (error: unknown): MessageKey =>
  isQuotaError(error) ? 'error.storage.quota' : 'error.storage.failed';
