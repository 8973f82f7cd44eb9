import { lazy, Suspense } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

// The statement and the officer's check load on first visit: the first screen stays light, and the
// PDF, QR and spreadsheet libraries load later still, only when a statement is made or a PDF read.
const StatementScreen = lazy(() => import('./StatementScreen').then((m) => ({ default: m.StatementScreen })));
const VerifyScreen = lazy(() => import('../verify/VerifyScreen').then((m) => ({ default: m.VerifyScreen })));
// The device key needs the statement code (zod schemas, WebCrypto helpers): not for the first screen.
const StatementSettingsCard = lazy(() =>
  import('./StatementSettingsCard').then((m) => ({ default: m.StatementSettingsCard })),
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
