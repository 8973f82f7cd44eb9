// The verify bench's page side: a busy shop's 12-month statement made once in the page (JSON and
// PDF), then checked as the officer's screen checks a chosen file, in the verify worker, while a
// PerformanceObserver notes every long task on the page's own thread. The reference is what no
// verifier can skip: JSON.parse of the same bytes and one ES256 verification, on this thread.
import { generateSigningKeyPair, signerFromKeyPair } from '../../src/domain/statement';
import { renderStatementDocuments, signStatementDocument } from '../../src/domain/statement/documents';
import { signEs256, verifyEs256, type CryptoKeyPairLike } from '../../src/domain/platform';
import { MAX_STATEMENT_FILE_BYTES } from '../../src/domain/limits';
import { checkStatementFile, verifyFile, type VerifyProgress } from '../../src/features/verify/verify-job';
import { loadStatementLabels } from '../../src/i18n/statement-labels';
import { busyShopStatement } from '../../tests/support/domain/busy-book';

/** The statement's files as made in the page, and what the reference verifies. */
interface Made {
  json: Uint8Array;
  pdf: Uint8Array;
  pair: CryptoKeyPairLike;
  signature: Uint8Array;
}

/** One timed check: how long, its verdict and first problem, and the page's longest task meanwhile. */
export interface VerifyTiming {
  ms: number;
  verdict: string;
  problem: string | null;
  longestTaskMs: number;
  progressSteps: number;
}

let made: Made | undefined;

const ready = (): Made => {
  if (!made) throw new Error('call verifyPrepare() first');
  return made;
};

/** Makes the statement of `count` entries once: its JSON and PDF sizes in bytes, and the format's limit. */
export async function verifyPrepare(count: number) {
  const signer = await signerFromKeyPair(await generateSigningKeyPair());
  const signed = await signStatementDocument(busyShopStatement(count), signer);
  const documents = await renderStatementDocuments(signed, {
    labels: await loadStatementLabels('id'),
    xlsx: false,
  });
  const json = new TextEncoder().encode(documents.json);
  const pair = await generateSigningKeyPair();
  made = { json, pdf: documents.pdf, pair, signature: await signEs256(pair.privateKey, json) };
  return { jsonBytes: json.length, pdfBytes: documents.pdf.length, limitBytes: MAX_STATEMENT_FILE_BYTES };
}

/** Milliseconds of the reference: JSON.parse of the JSON file's bytes, then one ES256 verification of them. */
export async function verifyReference(): Promise<number> {
  const { json, pair, signature } = ready();
  const started = performance.now();
  JSON.parse(new TextDecoder().decode(json));
  if (!(await verifyEs256(pair.publicKey, signature, json))) throw new Error('the reference signature fails');
  return performance.now() - started;
}

/** Checks a file as the officer's screen does, noting the page's long tasks (over 50 ms) meanwhile. */
async function timedCheck(file: File): Promise<VerifyTiming> {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const task of list.getEntries()) longTasks.push(task.duration);
  });
  observer.observe({ type: 'longtask' });
  let progressSteps = 0;
  const onProgress = (_: VerifyProgress) => (progressSteps += 1);
  const started = performance.now();
  const verification = await checkStatementFile(file, onProgress);
  const ms = performance.now() - started;
  // Long tasks are reported after they end: give the observer a turn before reading it.
  await new Promise((resolve) => setTimeout(resolve, 100));
  for (const task of observer.takeRecords()) longTasks.push(task.duration);
  observer.disconnect();
  return {
    ms,
    verdict: verification.verdict,
    problem: verification.problems[0]?.code ?? null,
    longestTaskMs: Math.max(0, ...longTasks),
    progressSteps,
  };
}

/** Checks the made statement's JSON or PDF file. */
export function verifyMade(kind: 'json' | 'pdf'): Promise<VerifyTiming> {
  const bytes = ready()[kind];
  const type = kind === 'json' ? 'application/json' : 'application/pdf';
  return timedCheck(new File([bytes as BlobPart], `laporan.${kind}`, { type }));
}

/**
 * Checks the made statement's JSON or PDF file on the page's own thread, as the verify worker does
 * (for a CPU profile of the check: the page's profiler sees this thread, not the worker's).
 */
export async function verifyMadeOnPage(kind: 'json' | 'pdf'): Promise<string> {
  const bytes = ready()[kind];
  const file = new File([bytes as BlobPart], `laporan.${kind}`, { type: `application/${kind}` });
  return (await verifyFile(file, () => undefined)).verdict;
}

/** Checks the file the runner put into the page's file input (a bomb, or a file far over the limit). */
export function verifyChosen(): Promise<VerifyTiming> {
  const input = document.querySelector<HTMLInputElement>('#chosen');
  const file = input?.files?.[0];
  if (!file) throw new Error('no file chosen');
  return timedCheck(file);
}
