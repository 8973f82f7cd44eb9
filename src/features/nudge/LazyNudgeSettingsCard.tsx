import { lazy, Suspense } from 'react';

const NudgeSettingsCard = lazy(() =>
  import('./NudgeSettingsCard').then((m) => ({ default: m.NudgeSettingsCard })),
);

/** The reminder's card, whose notification code loads with it and not with Settings. */
export function LazyNudgeSettingsCard() {
  return (
    <Suspense fallback={null}>
      <NudgeSettingsCard />
    </Suspense>
  );
}
