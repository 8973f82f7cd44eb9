import { unreadableVerification, verifyStatement, type StatementVerification } from '../../domain/statement';
import { loadStatementLabels } from '../../i18n/statement-labels';
import { readStatementFile } from './open-file';

/** How far a check has come: reading the file, then verifying it. */
export type VerifyPhase = 'read' | 'verify';

/** What the verify worker answers: its phases, then the verification (or a failure it did not expect). */
export type VerifyMessage =
  | { type: 'phase'; phase: VerifyPhase }
  | { type: 'done'; verification: StatementVerification }
  | { type: 'failed' };

/** Reads and verifies a file on whichever thread this runs; expected failures come back as a verdict. */
export async function verifyFile(
  file: Blob,
  onPhase: (phase: VerifyPhase) => void,
): Promise<StatementVerification> {
  onPhase('read');
  const read = await readStatementFile(file);
  if (!read.ok) return unreadableVerification(null, [read.problem]);
  onPhase('verify');
  // The app's PDFs are drawn in Indonesian: a PDF's pages are drawn again in it and compared.
  return verifyStatement(read.bytes, { labels: await loadStatementLabels('id') });
}

/** Runs the check in a worker of its own, so a large statement never freezes the screen. */
function verifyInWorker(file: File, onPhase: (phase: VerifyPhase) => void): Promise<StatementVerification> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module' });
    const finish = (verification: StatementVerification) => {
      worker.terminate();
      resolve(verification);
    };
    const failed = () => finish(unreadableVerification(null, [{ code: 'file.unreadable' }]));
    worker.onmessage = ({ data }: MessageEvent<VerifyMessage>) => {
      if (data.type === 'phase') onPhase(data.phase);
      else if (data.type === 'done') finish(data.verification);
      else failed();
    };
    worker.onerror = failed;
    worker.postMessage(file);
  });
}

/**
 * Checks one file off the page's thread (on it where workers are missing, as in component tests);
 * expected failures come back as an unreadable verdict, never as a thrown error.
 */
export async function checkStatementFile(
  file: File,
  onPhase: (phase: VerifyPhase) => void,
): Promise<StatementVerification> {
  try {
    return await (typeof Worker === 'function' ? verifyInWorker : verifyFile)(file, onPhase);
  } catch {
    return unreadableVerification(null, [{ code: 'file.unreadable' }]);
  }
}
