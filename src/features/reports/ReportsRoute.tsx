import { lazy, Suspense } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { loadMessages } from '../../i18n/translate';

// The screen and its messages are fetched side by side: one round trip, not two.
const ReportsScreen = lazy(() =>
  Promise.all([
    import('./ReportsScreen'),
    loadMessages('reports'),
    loadMessages('stock'),
    loadMessages('statement'),
  ]).then(([m]) => ({
    default: m.ReportsScreen,
  })),
);

/** The reports screen, loaded (with its charts and messages) only when the member first opens it. */
export function ReportsRoute() {
  const { t } = useI18n();
  return (
    <Suspense fallback={<p className="screen loading">{t('reports.loading')}</p>}>
      <ReportsScreen />
    </Suspense>
  );
}
