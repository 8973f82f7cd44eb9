import { lazy, Suspense } from 'react';
import { loadMessages } from '../../i18n/translate';

const NudgeSettingsCard = lazy(() =>
  Promise.all([import('./NudgeSettingsCard'), loadMessages('lock')]).then(([m]) => ({
    default: m.NudgeSettingsCard,
  })),
);

/** The reminder's card, whose notification code loads with it and not with Settings. */
export function LazyNudgeSettingsCard() {
  return (
    <Suspense fallback={null}>
      <NudgeSettingsCard />
    </Suspense>
  );
}
