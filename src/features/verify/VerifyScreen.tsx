import { useCallback, useRef, useState } from 'react';
import { unreadableVerification, verifyStatement, type StatementVerification } from '../../domain/statement';
import { useI18n } from '../../i18n/I18nProvider';
import { statementLabels } from '../../i18n/statement-labels';
import { defaultKeyring } from '../../storage/lazy';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { FileDrop } from './FileDrop';
import { readStatementFile } from './open-file';
import { RegistryList } from './RegistryList';
import { useIncomingFiles } from './use-incoming-files';
import { VerifyResult } from './VerifyResult';
import './verify.css';

type Check =
  | { status: 'idle' | 'sharedMissing' }
  | { status: 'checking'; name: string; run: number }
  | { status: 'done'; name: string; run: number; verification: StatementVerification };

/** Checks one file; expected failures come back as an unreadable verdict, never as a thrown error. */
async function check(file: File): Promise<StatementVerification> {
  const read = await readStatementFile(file);
  if (!read.ok) return unreadableVerification(null, [read.problem]);
  try {
    // The app's PDFs are drawn in Indonesian: a PDF's pages are drawn again in it and compared.
    return await verifyStatement(read.bytes, { labels: statementLabels('id') });
  } catch {
    return unreadableVerification(null, [{ code: 'file.unreadable' }]);
  }
}

/**
 * Periksa laporan: the loan officer opens a statement (PDF or JSON: chosen, dropped, opened with the
 * app or shared to it) and sees at once whether it is genuine. Works on a device with no book at all.
 */
export function VerifyScreen({ backHref }: { backHref: string }) {
  const { t } = useI18n();
  const keyring = defaultKeyring();
  const [state, setState] = useState<Check>({ status: 'idle' });
  const latest = useRef(0);
  const open = useCallback(async (file: File) => {
    const run = ++latest.current;
    setState({ status: 'checking', name: file.name, run });
    const verification = await check(file);
    // A file opened meanwhile wins.
    if (run === latest.current) setState({ status: 'done', name: file.name, run, verification });
  }, []);
  const sharedMissing = useCallback(() => setState({ status: 'sharedMissing' }), []);
  useIncomingFiles(open, sharedMissing);
  return (
    <>
      <ScreenHeader title={t('verify.title')} backHref={backHref} backLabel={t('nav.back')} />
      <main className="screen verify-screen">
        <p className="intro">{t('verify.intro')}</p>
        <FileDrop onFile={(file) => void open(file)} />
        {state.status === 'sharedMissing' && <p className="warning">{t('verify.sharedMissing')}</p>}
        {state.status === 'checking' && (
          <p className="help" role="status">
            {t('verify.checking', { name: state.name })}
          </p>
        )}
        {state.status === 'done' && (
          <VerifyResult
            key={state.run}
            name={state.name}
            verification={state.verification}
            keyring={keyring}
          />
        )}
        <RegistryList keyring={keyring} />
      </main>
    </>
  );
}
