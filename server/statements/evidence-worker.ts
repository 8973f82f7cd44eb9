import { parentPort } from 'node:worker_threads';
import { laidOutClaims } from './evidence-claims';

// The evidence thread (started by evidence-thread.ts): reads and hashes each `witness` text it is
// sent and answers with what the witness report reads of it.
parentPort?.on('message', ({ id, text }: { id: number; text: string }) => {
  parentPort?.postMessage({ id, answer: laidOutClaims(text) });
});
