import { describe, expect, it } from 'vitest';
import { storageFailureMessage } from '../../src/features/data/storage-failure';

describe('a write that throws', () => {
  it('is told apart as a full disk, whether the browser or Dexie (wrapping it) threw', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(storageFailureMessage(quota)).toBe('error.storage.quota');
    const wrapped = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota });
    expect(storageFailureMessage(wrapped)).toBe('error.storage.quota');
    const dexieNamed = Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });
    expect(storageFailureMessage(dexieNamed)).toBe('error.storage.quota');
  });

  it('is anything else: the entry was not saved, the earlier ones are safe', () => {
    expect(storageFailureMessage(new Error('boom'))).toBe('error.storage.failed');
    expect(storageFailureMessage('not an error')).toBe('error.storage.failed');
  });
});
