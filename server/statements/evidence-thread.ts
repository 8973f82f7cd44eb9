import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { laidOutClaims, type LaidOutEvidence } from './evidence-claims';

/**
 * The built evidence thread: beside this module in dist-server/, or built there from the source
 * (the server tests build it first). Without it, the evidence is read in the calling thread.
 */
const WORKER_FILE = [
  new URL('./evidence-worker.js', import.meta.url),
  new URL('../../dist-server/evidence-worker.js', import.meta.url),
].find((file) => existsSync(file));

type Pending = { resolve: (answer: LaidOutEvidence) => void; reject: (error: unknown) => void };

/** A started thread and the questions it has not answered yet. */
type Thread = { worker: Worker; pending: Map<number, Pending> };

const threads = new Map<string, Thread>();
let next = 0;

/** The thread of a file, started on first use and kept, not holding the process open; forgotten when it fails. */
function evidenceWorker(file: URL): Thread {
  const known = threads.get(file.href);
  if (known !== undefined) return known;
  const thread: Thread = { worker: new Worker(file), pending: new Map() };
  thread.worker.on('message', ({ id, answer }: { id: number; answer: LaidOutEvidence }) => {
    thread.pending.get(id)?.resolve(answer);
    thread.pending.delete(id);
  });
  const fail = (error: unknown) => {
    if (threads.get(file.href) === thread) threads.delete(file.href);
    for (const waiting of thread.pending.values()) waiting.reject(error);
    thread.pending.clear();
  };
  thread.worker.on('error', fail);
  thread.worker.on('exit', (code) => fail(new Error(`the evidence thread stopped (${code})`)));
  // After the listeners: adding a 'message' listener holds the process open again.
  thread.worker.unref();
  threads.set(file.href, thread);
  return thread;
}

/**
 * A `witness` text in the app's layout read and hashed in the evidence thread (`laidOutClaims`),
 * so the server's two cores share an intake: the envelope is verified here meanwhile. If the
 * thread fails, the text is read here. `file` is the thread's built entry (the tests name others).
 */
export async function evidenceClaims(text: string, file = WORKER_FILE): Promise<LaidOutEvidence> {
  if (file === undefined) return laidOutClaims(text);
  const thread = evidenceWorker(file);
  const id = next++;
  try {
    return await new Promise<LaidOutEvidence>((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      thread.worker.postMessage({ id, text });
    });
  } catch {
    return laidOutClaims(text);
  }
}
