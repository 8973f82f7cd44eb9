import { useI18n } from '../../i18n/I18nProvider';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { AccountManager } from './AccountManager';
import { CategoryManager } from './CategoryManager';
import './manage.css';

/** Manage the book's accounts and categories. */
export function ManageScreen() {
  const { t } = useI18n();
  return (
    <>
      <ScreenHeader title={t('manage.title')} />
      <main className="screen">
        <AccountManager />
        <CategoryManager />
      </main>
    </>
  );
}
