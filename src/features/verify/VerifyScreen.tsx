import { useCallback, useEffect, useRef, useState } from 'react';
import { verifyQrSummary, type QrVerification, type VerificationView } from '../../domain/statement';
import { useI18n } from '../../i18n/I18nProvider';
import { defaultKeyring } from '../../storage/lazy';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { QrScanner } from '../qr-scan/QrScanner';
import { FileDrop } from './FileDrop';
import { QrResult } from './QrResult';
import { RegistryList } from './RegistryList';
import { useIncomingFiles } from './use-incoming-files';
import { checkStatementFile, prepareVerifyWorker, type VerifyProgress } from './verify-job';
import { VerifyProgressBar } from './VerifyProgressBar';
import { VerifyResult } from './VerifyResult';
import './verify.css';

type Check =
  | { status: 'idle' | 'sharedMissing' }
  | { status: 'checking'; name: string; run: number; progress: VerifyProgress }
  | { status: 'done'; name: string; run: number; verification: VerificationView }
  | { status: 'qr'; run: number; verification: QrVerification };

/**
 * Periksa laporan: the loan officer opens a statement (PDF or JSON: chosen, dropped, opened with the
 * app or shared to it), or scans a printed copy's QR code, and sees at once whether it is genuine. Works on a device with no book at all.
 */
export function VerifyScreen({ backHref }: { backHref: string }) {
  const { t } = useI18n();
  const keyring = defaultKeyring();
  const [state, setState] = useState<Check>({ status: 'idle' });
  const latest = useRef(0);
  // The verifier's code loads while the officer picks a file.
  useEffect(prepareVerifyWorker, []);
  const open = useCallback(async (file: File) => {
    const run = ++latest.current;
    setState({ status: 'checking', name: file.name, run, progress: { phase: 'read', percent: 0 } });
    // Off the page's thread: a busy shop's year takes a while, and the screen stays usable meanwhile.
    const verification = await checkStatementFile(file, (progress) => {
      if (run === latest.current) setState({ status: 'checking', name: file.name, run, progress });
    });
    // A file opened meanwhile wins.
    if (run === latest.current) setState({ status: 'done', name: file.name, run, verification });
  }, []);
  const scanned = useCallback(async (text: string) => {
    const run = ++latest.current;
    const verification = await verifyQrSummary(text);
    if (run === latest.current) setState({ status: 'qr', run, verification });
  }, []);
  const sharedMissing = useCallback(() => setState({ status: 'sharedMissing' }), []);
  useIncomingFiles(open, sharedMissing);
  return (
    <>
      <ScreenHeader title={t('verify.title')} backHref={backHref} backLabel={t('nav.back')} />
      <main className="screen verify-screen">
        <p className="intro">{t('verify.intro')}</p>
        <FileDrop onFile={(file) => void open(file)} />
        <section className="card verify-qr" aria-labelledby="verify-qr-h">
          <h2 id="verify-qr-h">{t('verify.qr.title')}</h2>
          <p className="help">{t('verify.qr.intro')}</p>
          <QrScanner photoLabel={t('verify.qr.photo')} onText={(text) => void scanned(text)} />
        </section>
        {state.status === 'sharedMissing' && <p className="warning">{t('verify.sharedMissing')}</p>}
        {state.status === 'checking' && <VerifyProgressBar name={state.name} progress={state.progress} />}
        {state.status === 'done' && (
          <VerifyResult
            key={state.run}
            name={state.name}
            verification={state.verification}
            keyring={keyring}
          />
        )}
        {state.status === 'qr' && (
          <QrResult key={state.run} verification={state.verification} keyring={keyring} />
        )}
        <RegistryList keyring={keyring} />
      </main>
    </>
  );
}
