import { lazy, Suspense } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

const DataScreen = lazy(() => import('./DataScreen').then((m) => ({ default: m.DataScreen })));

/** The data screen, loaded (with the backup schema and CSV export) only when first opened. */
export function DataRoute() {
  const { t } = useI18n();
  return (
    <Suspense fallback={<p className="screen loading">{t('app.loading')}</p>}>
      <DataScreen />
    </Suspense>
  );
}
