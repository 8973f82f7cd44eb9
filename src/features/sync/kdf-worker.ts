import type { KdfMessage, KdfRequest } from './kdf-job';
import { runKdfJob } from './kdf-run';

// The key worker: Argon2id (64 MiB, seconds on a phone) and the opening of a restored book's every
// revision run here, off the screen's thread. Typed narrowly, as the page's DOM lib compiles it.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<KdfRequest>) => void) | null;
  postMessage(message: KdfMessage): void;
};

scope.onmessage = ({ data }) => void runKdfJob(data).then((message) => scope.postMessage(message));
