import { verificationView } from '../../domain/statement';
import { verifyFile, type VerifyMessage } from './verify-job';

// The verify worker: reads and verifies one statement file off the page's thread, so the officer's
// screen stays responsive while a busy shop's year is checked. Typed narrowly: this file compiles
// with the page's DOM lib, where `self` is a Window.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<File>) => void) | null;
  postMessage(message: VerifyMessage): void;
};

scope.onmessage = ({ data: file }) => {
  const post = (message: VerifyMessage) => scope.postMessage(message);
  verifyFile(file, (progress) => post({ type: 'progress', progress })).then(
    (verification) => post({ type: 'done', verification: verificationView(verification) }),
    () => post({ type: 'failed' }),
  );
};
