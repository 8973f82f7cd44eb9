import { lazy, Suspense } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { loadMessages } from '../../i18n/translate';

// The statement and the officer's check load on first visit, each beside its messages: the first
// screen stays light, and the PDF, QR and spreadsheet libraries load later still, only when a
// statement is made or a PDF read.
const withMessages = <M,>(load: Promise<M>) =>
  Promise.all([load, loadMessages('statement')]).then(([m]) => m);
const StatementScreen = lazy(() =>
  withMessages(import('./StatementScreen')).then((m) => ({ default: m.StatementScreen })),
);
const VerifyScreen = lazy(() =>
  withMessages(import('../verify/VerifyScreen')).then((m) => ({ default: m.VerifyScreen })),
);
// The device key needs the statement code (zod schemas, WebCrypto helpers): not for the first screen.
const StatementSettingsCard = lazy(() =>
  withMessages(import('./StatementSettingsCard')).then((m) => ({ default: m.StatementSettingsCard })),
);

function Loading() {
  const { t } = useI18n();
  return <p className="screen loading">{t('app.loading')}</p>;
}

/** The member's statement screen, loaded when first opened. */
export function LazyStatementScreen() {
  return (
    <Suspense fallback={<Loading />}>
      <StatementScreen />
    </Suspense>
  );
}

/** The officer's Periksa laporan screen, loaded when first opened. */
export function LazyVerifyScreen({ backHref }: { backHref: string }) {
  return (
    <Suspense fallback={<Loading />}>
      <VerifyScreen backHref={backHref} />
    </Suspense>
  );
}

/** Settings' card of the loan statement and this phone's Kode perangkat, loaded with the settings. */
export function LazyStatementSettingsCard() {
  return (
    <Suspense fallback={null}>
      <StatementSettingsCard />
    </Suspense>
  );
}
