import { lazy, Suspense, type ComponentProps } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { loadMessages } from '../../i18n/translate';
import type { CreateBookScreen as Screen } from './CreateBookScreen';

// A member with a book never sees this screen on start, so it stays out of the first screen; it
// offers a restore, whose messages are the data screen's.
const CreateBookScreen = lazy(() =>
  Promise.all([import('./CreateBookScreen'), loadMessages('data')]).then(([m]) => ({
    default: m.CreateBookScreen,
  })),
);

/** The first start (or another business), loaded with the restore and its messages when needed. */
export function LazyCreateBookScreen(props: ComponentProps<typeof Screen>) {
  const { t } = useI18n();
  return (
    <Suspense fallback={<p className="screen loading">{t('app.loading')}</p>}>
      <CreateBookScreen {...props} />
    </Suspense>
  );
}
