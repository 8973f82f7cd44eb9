import { formatRupiah } from '../../domain/money';
import { addTransfer } from '../../storage';
import { useI18n } from '../../i18n/I18nProvider';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useToast } from '../../ui/Toast';
import { routes } from '../routes';
import { useSession } from '../session/SessionContext';
import { TransferForm } from './TransferForm';
import { useOpenAccounts } from './use-open-accounts';

/** Records a transfer between two accounts (setor ke bank, tarik tunai, saldo QRIS). */
export function TransferScreen() {
  const { db, book, today } = useSession();
  const { t, problem } = useI18n();
  const toast = useToast();
  const accounts = useOpenAccounts();
  const header = (
    <ScreenHeader title={t('transfer.title')} backHref={routes.home} backLabel={t('nav.back')} />
  );
  if (!accounts) return header;
  return (
    <>
      {header}
      <main className="screen">
        {accounts.length < 2 ? (
          <p className="help">
            {t('transfer.needTwoAccounts')} <a href={routes.manage}>{t('nav.manage')}</a>
          </p>
        ) : (
          <TransferForm
            initial={{
              digits: '',
              fromAccountId: accounts[0]?.id ?? '',
              toAccountId: accounts[1]?.id ?? '',
              date: today,
              note: '',
            }}
            accounts={accounts}
            onSubmit={async (fields) => {
              const saved = await addTransfer(db, book.id, fields);
              if (!saved.ok) return saved.errors.map(problem).join(' ');
              toast.show(t('transfer.saved', { amount: formatRupiah(fields.amount) }));
              window.location.hash = routes.home;
              return null;
            }}
          />
        )}
      </main>
    </>
  );
}
