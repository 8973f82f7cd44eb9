import { verificationView } from '../../domain/statement';
import { loadStatementLabels } from '../../i18n/statement-labels';
import { verifyFile, type VerifyMessage } from './verify-job';

// The verify worker: reads and verifies one statement file off the page's thread, so the officer's
// screen stays responsive while a busy shop's year is checked. Typed narrowly: this file compiles
// with the page's DOM lib, where `self` is a Window.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<File>) => void) | null;
  postMessage(message: VerifyMessage): void;
};

// A worker is started before its file comes (prepareVerifyWorker): the words a PDF's pages are
// drawn again in, and the code that reads a PDF and draws it again (pdf-lib with it), load
// meanwhile, and the check finds them loaded.
// One that fails to load here is left to the check that needs it, which says so in its verdict.
void loadStatementLabels('id');
void import('../../domain/statement/pdf-attachment').catch(() => undefined);
void import('../../domain/statement/pdf-binding').catch(() => undefined);

scope.onmessage = ({ data: file }) => {
  const post = (message: VerifyMessage) => scope.postMessage(message);
  verifyFile(file, (progress) => post({ type: 'progress', progress })).then(
    (verification) => post({ type: 'done', verification: verificationView(verification) }),
    () => post({ type: 'failed' }),
  );
};
