import {
  unreadableVerification,
  verificationView,
  verifyStatement,
  type StatementVerification,
  type VerificationView,
} from '../../domain/statement';
import { loadStatementLabels } from '../../i18n/statement-labels';
import { readStatementFile } from './open-file';

/** How far a check has come: reading the file, then verifying it. */
export type VerifyPhase = 'read' | 'verify';

/** What the officer sees of a running check: its phase and the share done, in whole percent. */
export interface VerifyProgress {
  phase: VerifyPhase;
  percent: number;
}

/**
 * What the verify worker answers: its progress, then the verification as the screen shows it (its
 * first rows only: copying a busy shop's every row to the page would hold the page's thread up), or
 * a failure it did not expect.
 */
export type VerifyMessage =
  | { type: 'progress'; progress: VerifyProgress }
  | { type: 'done'; verification: VerificationView }
  | { type: 'failed' };

/** The part of the whole check that reading the file takes; verifying takes the rest. */
const READ_SHARE = 0.1;

/** A progress callback that passes on only whole-percent steps forward, so a big file sends a hundred, not thousands. */
function stepper(onProgress: (progress: VerifyProgress) => void) {
  let last = -1;
  return (phase: VerifyPhase, done: number) => {
    const percent = Math.min(100, Math.floor(100 * done));
    if (percent <= last) return;
    last = percent;
    onProgress({ phase, percent });
  };
}

/** Reads and verifies a file on whichever thread this runs; expected failures come back as a verdict. */
export async function verifyFile(
  file: Blob,
  onProgress: (progress: VerifyProgress) => void,
): Promise<StatementVerification> {
  const step = stepper(onProgress);
  step('read', 0);
  const read = await readStatementFile(file, (done) => step('read', READ_SHARE * done));
  if (!read.ok) return unreadableVerification(null, [read.problem]);
  // The app's PDFs are drawn in Indonesian: a PDF's pages are drawn again in it and compared.
  return verifyStatement(read.bytes, {
    labels: await loadStatementLabels('id'),
    onProgress: (done) => step('verify', READ_SHARE + (1 - READ_SHARE) * done),
  });
}

const startWorker = () => new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module' });

/** A worker ready for the next check: started ahead, or kept from the last one, its code loaded and warm. */
let spare: Worker | null = null;

/**
 * How long a worker that answered is kept for another check: an officer checking a pile of files
 * gets a warm one for each, and one left idle is replaced by a fresh one, which holds nothing of a
 * big file's check (its garbage included).
 */
const KEEP_MS = 2 * 60 * 1000;
let retiring: ReturnType<typeof setTimeout> | undefined;

/** Drops a worker that failed: the next check starts its own. */
function drop(worker: Worker): void {
  if (spare === worker) spare = null;
  worker.terminate();
}

/** Keeps a worker that answered as the spare for `KEEP_MS`, then puts a fresh one in its place. */
function keep(worker: Worker): void {
  spare = worker;
  clearTimeout(retiring);
  retiring = setTimeout(() => {
    if (spare !== worker) return;
    drop(worker);
    prepareVerifyWorker();
  }, KEEP_MS);
}

/**
 * Starts the verify worker ahead of the next file, so that the check does not wait for the
 * verifier's code to load (the screen asks when it opens).
 */
export function prepareVerifyWorker(): void {
  if (spare !== null || typeof Worker !== 'function') return;
  const worker = startWorker();
  // One that fails to load before it is used is dropped: the check that comes starts its own.
  worker.onerror = () => drop(worker);
  spare = worker;
}

/**
 * Runs the check in a worker, so a large statement never freezes the screen. A worker that answers
 * is kept for the next check (it holds nothing of this one once it has answered, and its code is
 * compiled and warm); one that fails is ended, and all it held with it.
 */
function verifyInWorker(
  file: File,
  onProgress: (progress: VerifyProgress) => void,
): Promise<VerificationView> {
  return new Promise((resolve) => {
    const worker = spare ?? startWorker();
    spare = null;
    clearTimeout(retiring);
    const finish = (verification: VerificationView, kept: boolean) => {
      worker.onmessage = null;
      worker.onerror = () => drop(worker);
      if (kept && spare === null) keep(worker);
      else worker.terminate();
      prepareVerifyWorker();
      resolve(verification);
    };
    const failed = () => finish(unreadable(), false);
    worker.onmessage = ({ data }: MessageEvent<VerifyMessage>) => {
      if (data.type === 'progress') onProgress(data.progress);
      else if (data.type === 'done') finish(data.verification, true);
      else failed();
    };
    worker.onerror = failed;
    // A File is passed as a handle to its bytes: the worker reads them, the page never copies them.
    worker.postMessage(file);
  });
}

/** The view of a file that could not be checked at all. */
const unreadable = (): VerificationView =>
  verificationView(unreadableVerification(null, [{ code: 'file.unreadable' }]));

/**
 * Checks one file off the page's thread (on it where workers are missing, as in component tests),
 * and gives the view the screen shows; expected failures come back as an unreadable verdict, never
 * as a thrown error.
 */
export async function checkStatementFile(
  file: File,
  onProgress: (progress: VerifyProgress) => void,
): Promise<VerificationView> {
  try {
    if (typeof Worker === 'function') return await verifyInWorker(file, onProgress);
    return verificationView(await verifyFile(file, onProgress));
  } catch {
    return unreadable();
  }
}
