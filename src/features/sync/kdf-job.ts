import type { Id } from '../../domain/model';
import type { Result } from '../../domain/result';
import type { SyncProblem } from '../../domain/sync/codes';
import type { RecoveryCode } from '../../domain/sync/recovery-code';
import type { RestoreInput, RestoredBook } from '../../domain/sync/restore';
import type { WrappedKey } from '../../domain/sync/wrapped-key';

/** What the page asks the key worker: wrap a new book key, or check a whole restore. */
export type KdfRequest =
  { job: 'wrap'; raw: Uint8Array; bookId: Id; code: RecoveryCode } | { job: 'restore'; input: RestoreInput };

/** What the key worker answers. */
export type KdfMessage =
  | { type: 'wrapped'; wrapped: WrappedKey }
  | { type: 'restored'; result: Result<RestoredBook, SyncProblem> }
  | { type: 'failed'; message: string };

/** Runs the job in the key worker (Argon2id's 64 MiB and seconds of work stay off the screen's thread). */
async function run(request: KdfRequest): Promise<KdfMessage> {
  if (typeof Worker !== 'function') {
    const { runKdfJob } = await import('./kdf-run');
    return runKdfJob(request);
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./kdf-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<KdfMessage>) => {
      worker.terminate();
      resolve(data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'key worker failed'));
    };
    worker.postMessage(request);
  });
}

/** The book key wrapped under the recovery code, derived off the page's thread. */
export async function wrapInWorker(raw: Uint8Array, bookId: Id, code: RecoveryCode): Promise<WrappedKey> {
  const message = await run({ job: 'wrap', raw, bookId, code });
  if (message.type !== 'wrapped') throw new Error(message.type === 'failed' ? message.message : 'unexpected');
  return message.wrapped;
}

/** `checkRestore` off the page's thread: the key derivation and every revision opened and checked there. */
export async function checkRestoreInWorker(input: RestoreInput): Promise<Result<RestoredBook, SyncProblem>> {
  const message = await run({ job: 'restore', input });
  if (message.type !== 'restored')
    throw new Error(message.type === 'failed' ? message.message : 'unexpected');
  return message.result;
}
