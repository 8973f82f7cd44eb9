import { bookKeyFromRaw } from '../../domain/sync/book-key';
import { checkRestore } from '../../domain/sync/restore';
import { wrapBookKey } from '../../domain/sync/wrapped-key';
import type { KdfMessage, KdfRequest } from './kdf-job';

/** Does one key job: the same code in the worker and, where there are no workers, on the page. */
export async function runKdfJob(request: KdfRequest): Promise<KdfMessage> {
  try {
    if (request.job === 'wrap') {
      const key = await bookKeyFromRaw(request.raw);
      return { type: 'wrapped', wrapped: await wrapBookKey(key, request.bookId, request.code) };
    }
    return { type: 'restored', result: await checkRestore(request.input) };
  } catch (error) {
    return { type: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
