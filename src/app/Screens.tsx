import { Suspense, useEffect } from 'react';
import { LazyCreateBookScreen } from '../features/book/LazyCreateBookScreen';
import {
  LazyContactFormScreen,
  LazyContactScreen,
  LazyContactsScreen,
  LazySettleScreen,
} from '../features/credit/lazy-screens';
import { DataRoute } from '../features/data/DataRoute';
import { NewEntryScreen } from '../features/entry/NewEntryScreen';
import { HomeScreen } from '../features/home/HomeScreen';
import { ReportsRoute } from '../features/reports/ReportsRoute';
import { routes } from '../features/routes';
import { useSession } from '../features/session/SessionContext';
import { LazyStatementScreen, LazyVerifyScreen } from '../features/statement/lazy-screens';
import { LazyOpeningScreen, LazyStockCountScreen, LazyStockScreen } from '../features/stock/lazy-screens';
import { useI18n } from '../i18n/I18nProvider';
import { BottomNav } from './BottomNav';
import {
  EditEntryScreen,
  EntryDetailScreen,
  LedgerScreen,
  ManageScreen,
  prefetchLaterScreens,
  SettingsScreen,
  TransferDetailScreen,
  TransferScreen,
} from './later-screens';
import { UpdateBanner } from './UpdateBanner';
import { useHashRoute } from './use-hash-route';

/** Shows the screen the location names, with the main menu beneath. */
export function Screens() {
  const route = useHashRoute();
  const { db, switchBook } = useSession();
  const { t } = useI18n();
  useEffect(prefetchLaterScreens, []);
  const screen = (() => {
    switch (route.screen) {
      case 'home':
        return <HomeScreen />;
      case 'newEntry':
        return <NewEntryScreen key={route.direction} direction={route.direction} />;
      case 'transfer':
        return <TransferScreen />;
      case 'transferDetail':
        return <TransferDetailScreen id={route.id} />;
      case 'ledger':
        return <LedgerScreen />;
      case 'entry':
        return <EntryDetailScreen id={route.id} />;
      case 'editEntry':
        return <EditEntryScreen id={route.id} />;
      case 'manage':
        return <ManageScreen />;
      case 'settings':
        return <SettingsScreen />;
      case 'data':
        return <DataRoute />;
      case 'reports':
        return <ReportsRoute />;
      case 'statement':
        return <LazyStatementScreen />;
      case 'verify':
        return <LazyVerifyScreen backHref={routes.home} />;
      case 'stock':
        return <LazyStockScreen />;
      case 'stockCount':
        return <LazyStockCountScreen id={route.id} />;
      case 'opening':
        return <LazyOpeningScreen />;
      case 'contacts':
        return <LazyContactsScreen />;
      case 'contactForm':
        return <LazyContactFormScreen key={route.id ?? ''} id={route.id} />;
      case 'contact':
        return <LazyContactScreen key={route.id} id={route.id} />;
      case 'settle':
        return (
          <LazySettleScreen
            key={`${route.type}${route.contactId ?? ''}`}
            type={route.type}
            contactId={route.contactId}
          />
        );
      case 'newBook':
        return (
          <LazyCreateBookScreen db={db} backHref={routes.settings} onCreated={(id) => void switchBook(id)} />
        );
    }
  })();
  const isForm =
    route.screen === 'newEntry' ||
    route.screen === 'editEntry' ||
    route.screen === 'transfer' ||
    route.screen === 'statement' ||
    route.screen === 'contactForm' ||
    route.screen === 'settle';
  return (
    <div className="app">
      <UpdateBanner />
      <Suspense fallback={<p className="screen loading">{t('app.loading')}</p>}>{screen}</Suspense>
      {!isForm && <BottomNav current={route.screen} />}
    </div>
  );
}
