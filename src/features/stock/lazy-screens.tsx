import { lazy, Suspense } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { loadMessages } from '../../i18n/translate';

// Each screen and the stock words are fetched side by side: one round trip, not two.
const withWords = <T,>(load: () => Promise<T>) =>
  Promise.all([load(), loadMessages('stock')]).then(([m]) => m);

const StockScreen = lazy(() =>
  withWords(() => import('./StockScreen')).then((m) => ({ default: m.StockScreen })),
);
const StockCountScreen = lazy(() =>
  withWords(() => import('./StockCountScreen')).then((m) => ({ default: m.StockCountScreen })),
);
const OpeningScreen = lazy(() =>
  withWords(() => import('./OpeningScreen')).then((m) => ({ default: m.OpeningScreen })),
);
const HomeStockCard = lazy(() =>
  withWords(() => import('./HomeStockCard')).then((m) => ({ default: m.HomeStockCard })),
);

function Loading() {
  const { t } = useI18n();
  return <p className="screen loading">{t('app.loading')}</p>;
}

/** Hitung stok, loaded when first opened. */
export function LazyStockScreen() {
  return (
    <Suspense fallback={<Loading />}>
      <StockScreen />
    </Suspense>
  );
}

/** One stock count with its history, loaded when first opened. */
export function LazyStockCountScreen({ id }: { id: string }) {
  return (
    <Suspense fallback={<Loading />}>
      <StockCountScreen id={id} />
    </Suspense>
  );
}

/** Saldo awal, loaded when first opened. */
export function LazyOpeningScreen() {
  return (
    <Suspense fallback={<Loading />}>
      <OpeningScreen />
    </Suspense>
  );
}

/** Home's stock card, loaded after home is up so the first screen does not carry it. */
export function LazyHomeStockCard() {
  return (
    <Suspense fallback={null}>
      <HomeStockCard />
    </Suspense>
  );
}

const StockLinks = lazy(() =>
  withWords(() => import('./StockLinks')).then((m) => ({ default: m.StockLinks })),
);

/** The links to stock counts and opening items, with their words loaded beside them. */
export function LazyStockLinks() {
  return (
    <Suspense fallback={null}>
      <StockLinks />
    </Suspense>
  );
}
