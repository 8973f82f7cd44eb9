import { lazy, Suspense } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { loadMessages } from '../../i18n/translate';

// The screen and its messages are fetched side by side: one round trip, not two.
const DataScreen = lazy(() =>
  Promise.all([import('./DataScreen'), loadMessages('data')]).then(([m]) => ({ default: m.DataScreen })),
);

/** The data screen, loaded (with the backup schema, CSV export and its messages) only when first opened. */
export function DataRoute() {
  const { t } = useI18n();
  return (
    <Suspense fallback={<p className="screen loading">{t('app.loading')}</p>}>
      <DataScreen />
    </Suspense>
  );
}
