import type { BackupProblem } from '../../domain/backup/codes';
import type { CheckedBackup } from '../../domain/backup/read';
import type { ImportBook } from '../../domain/csv/plan';
import type { Result } from '../../domain/result';
import type { CsvCheck, CsvPhase } from './csv-check';

/** What the page asks the data worker to check. */
export type JobRequest = { job: 'csv'; file: File; book: ImportBook } | { job: 'backup'; file: File };

/** What the data worker answers: progress, then one result (or a failure it did not expect). */
export type JobMessage =
  | { type: 'phase'; phase: CsvPhase }
  | { type: 'csv'; result: CsvCheck }
  | { type: 'backup'; result: Result<CheckedBackup, BackupProblem> }
  | { type: 'failed'; message: string };

/** A checked backup file, or why it cannot be restored. */
export type BackupCheck = Result<CheckedBackup, BackupProblem>;

/** Runs one job in a fresh worker and resolves with its result message. */
function runInWorker(request: JobRequest, onPhase: (phase: CsvPhase) => void): Promise<JobMessage> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./data-worker.ts', import.meta.url), { type: 'module' });
    const finish = () => worker.terminate();
    worker.onmessage = ({ data }: MessageEvent<JobMessage>) => {
      if (data.type === 'phase') return onPhase(data.phase);
      finish();
      resolve(data);
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'data worker failed'));
    };
    worker.postMessage(request);
  });
}

/** Runs a job where workers are missing (tests): the same code, on this thread. */
async function runHere(request: JobRequest, onPhase: (phase: CsvPhase) => void): Promise<JobMessage> {
  if (request.job === 'csv') {
    const { checkCsvBytes } = await import('./csv-check');
    const bytes = new Uint8Array(await request.file.arrayBuffer());
    return { type: 'csv', result: await checkCsvBytes(bytes, request.book, onPhase) };
  }
  const { readBackup } = await import('../../domain/backup/read');
  return { type: 'backup', result: await readBackup(await request.file.text()) };
}

async function run(request: JobRequest, onPhase: (phase: CsvPhase) => void): Promise<JobMessage> {
  const message = await (typeof Worker === 'function' ? runInWorker : runHere)(request, onPhase);
  if (message.type === 'failed') throw new Error(message.message);
  return message;
}

/** Checks a CSV file against a book off the page's thread: every row, nothing written. */
export async function checkCsvFile(
  file: File,
  book: ImportBook,
  onPhase: (phase: CsvPhase) => void,
): Promise<CsvCheck> {
  const message = await run({ job: 'csv', file, book }, onPhase);
  if (message.type !== 'csv') throw new Error('unexpected answer from the data worker');
  return message.result;
}

/** Checks a whole backup file off the page's thread: format, checksum, rows and hash chains. */
export async function checkBackupFile(file: File, onPhase: (phase: CsvPhase) => void): Promise<BackupCheck> {
  const message = await run({ job: 'backup', file }, onPhase);
  if (message.type !== 'backup') throw new Error('unexpected answer from the data worker');
  return message.result;
}
