import { lazy, Suspense } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

const ReportsScreen = lazy(() => import('./ReportsScreen').then((m) => ({ default: m.ReportsScreen })));

/** The reports screen, loaded (with its charts) only when the member first opens it. */
export function ReportsRoute() {
  const { t } = useI18n();
  return (
    <Suspense fallback={<p className="screen loading">{t('reports.loading')}</p>}>
      <ReportsScreen />
    </Suspense>
  );
}
