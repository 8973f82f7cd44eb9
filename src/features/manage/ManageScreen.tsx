import { useI18n } from '../../i18n/I18nProvider';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { routes } from '../routes';
import { AccountManager } from './AccountManager';
import { CategoryManager } from './CategoryManager';
import { ProductManager } from './ProductManager';
import { LazyStockLinks } from '../stock/lazy-screens';
import './manage.css';

/** Manage the book's accounts, categories and products. */
export function ManageScreen() {
  const { t } = useI18n();
  return (
    <>
      <ScreenHeader title={t('manage.title')} />
      <main className="screen">
        <a className="btn btn-wide" href={routes.contacts}>
          {t('manage.contacts')}
        </a>
        <AccountManager />
        <CategoryManager />
        <ProductManager />
        <LazyStockLinks />
      </main>
    </>
  );
}
