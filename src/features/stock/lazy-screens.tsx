import { lazy, Suspense, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { loadMessages } from '../../i18n/translate';

// The screens and the stock words are fetched side by side: one round trip, not two.
const chunk = () => Promise.all([import('./screens'), loadMessages('stock')]).then(([m]) => m);

const StockScreen = lazy(() => chunk().then((m) => ({ default: m.StockScreen })));
const StockCountScreen = lazy(() => chunk().then((m) => ({ default: m.StockCountScreen })));
const OpeningScreen = lazy(() => chunk().then((m) => ({ default: m.OpeningScreen })));
const HomeStockCard = lazy(() => chunk().then((m) => ({ default: m.HomeStockCard })));
const StockLinks = lazy(() => chunk().then((m) => ({ default: m.StockLinks })));

function Loading() {
  const { t } = useI18n();
  return <p className="screen loading">{t('app.loading')}</p>;
}

const Screen = ({ children }: { children: ReactNode }) => (
  <Suspense fallback={<Loading />}>{children}</Suspense>
);

/** Hitung stok, loaded when first opened. */
export const LazyStockScreen = () => (
  <Screen>
    <StockScreen />
  </Screen>
);

/** One stock count with its history, loaded when first opened. */
export const LazyStockCountScreen = ({ id }: { id: string }) => (
  <Screen>
    <StockCountScreen id={id} />
  </Screen>
);

/** Saldo awal, loaded when first opened. */
export const LazyOpeningScreen = () => (
  <Screen>
    <OpeningScreen />
  </Screen>
);

/** Home's stock card, loaded after home is up so the first screen does not carry it. */
export const LazyHomeStockCard = () => (
  <Suspense fallback={null}>
    <HomeStockCard />
  </Suspense>
);

/** The links to stock counts and opening items (Settings, Kelola), with their words loaded beside them. */
export const LazyStockLinks = () => (
  <Suspense fallback={null}>
    <StockLinks />
  </Suspense>
);
