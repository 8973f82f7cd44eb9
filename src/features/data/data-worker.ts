import { readBackup } from '../../domain/backup/read';
import { checkCsvBytes } from './csv-check';
import type { JobMessage, JobRequest } from './data-job';

// The data worker: reads, hashes, parses and checks import and backup files off the page's
// thread, so a large file never freezes the screen. It writes nothing; the page does, afterwards.
// Typed narrowly: this file compiles with the page's DOM lib, where `self` is a Window.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<JobRequest>) => void) | null;
  postMessage(message: JobMessage): void;
};

scope.onmessage = ({ data: request }) => void check(request);

async function check(request: JobRequest): Promise<void> {
  const post = (message: JobMessage) => scope.postMessage(message);
  try {
    if (request.job === 'csv') {
      const bytes = new Uint8Array(await request.file.arrayBuffer());
      const result = await checkCsvBytes(bytes, request.book, (phase) => post({ type: 'phase', phase }));
      post({ type: 'csv', result });
    } else {
      post({ type: 'phase', phase: 'read' });
      const text = await request.file.text();
      post({ type: 'phase', phase: 'parse' });
      post({ type: 'backup', result: await readBackup(text) });
    }
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
