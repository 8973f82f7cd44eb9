import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VerifyMessage } from '../../src/features/verify/verify-job';

/** A stand-in for the verify worker: it answers each file with what the test tells it to. */
class FakeWorker {
  static made: FakeWorker[] = [];
  static answer: 'done' | 'failed' = 'done';
  onmessage: ((event: { data: VerifyMessage }) => void) | null = null;
  onerror: (() => void) | null = null;
  terminated = false;
  checked = 0;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(): void {
    this.checked += 1;
    const answer = FakeWorker.answer;
    queueMicrotask(() => {
      if (answer === 'failed') this.onmessage?.({ data: { type: 'failed' } });
      else
        this.onmessage?.({
          data: { type: 'done', verification: { verdict: 'genuine' } as never },
        });
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

const file = () => new File(['{}'], 'laporan.json', { type: 'application/json' });

describe('the verify worker between checks', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.useFakeTimers();
    FakeWorker.made = [];
    FakeWorker.answer = 'done';
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('checks the next file in the worker that answered the last one', async () => {
    const { checkStatementFile, prepareVerifyWorker } = await import('../../src/features/verify/verify-job');
    prepareVerifyWorker();
    expect((await checkStatementFile(file(), () => undefined)).verdict).toBe('genuine');
    expect((await checkStatementFile(file(), () => undefined)).verdict).toBe('genuine');
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]?.checked).toBe(2);
    expect(FakeWorker.made[0]?.terminated).toBe(false);
  });

  it('ends a worker that failed, says the file could not be checked, and starts a fresh one', async () => {
    const { checkStatementFile, prepareVerifyWorker } = await import('../../src/features/verify/verify-job');
    prepareVerifyWorker();
    FakeWorker.answer = 'failed';
    const failed = await checkStatementFile(file(), () => undefined);
    expect(failed.verdict).toBe('unreadable');
    expect(failed.problems).toEqual([{ code: 'file.unreadable' }]);
    expect(FakeWorker.made[0]?.terminated).toBe(true);
    FakeWorker.answer = 'done';
    expect((await checkStatementFile(file(), () => undefined)).verdict).toBe('genuine');
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[1]?.checked).toBe(1);
  });

  it('replaces a kept worker by a fresh one once it has waited two minutes', async () => {
    const { checkStatementFile, prepareVerifyWorker } = await import('../../src/features/verify/verify-job');
    prepareVerifyWorker();
    await checkStatementFile(file(), () => undefined);
    vi.advanceTimersByTime(60 * 1000);
    expect(FakeWorker.made[0]?.terminated).toBe(false);
    vi.advanceTimersByTime(60 * 1000);
    expect(FakeWorker.made[0]?.terminated).toBe(true);
    expect(FakeWorker.made).toHaveLength(2);
    await checkStatementFile(file(), () => undefined);
    expect(FakeWorker.made[1]?.checked).toBe(1);
    expect(FakeWorker.made).toHaveLength(2);
  });
});
