import { formatRupiah } from '../../domain/money';
import { addTransfer, voidTransfer } from '../../storage';
import { useI18n } from '../../i18n/I18nProvider';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useUndoToast } from '../form/use-undo-toast';
import { routes } from '../routes';
import { useSession } from '../session/SessionContext';
import { TransferForm } from './TransferForm';
import { useOpenAccounts } from './use-open-accounts';

/** Records a transfer between two accounts (setor ke bank, tarik tunai, saldo QRIS). */
export function TransferScreen() {
  const { db, book, today } = useSession();
  const { t, problem } = useI18n();
  const showSaved = useUndoToast();
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
          <>
            <p className="help">{t('transfer.needTwoAccounts')}</p>
            <a className="btn btn-wide" href={routes.manage}>
              {t('transfer.addAccount')}
            </a>
          </>
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
              const amount = formatRupiah(fields.amount);
              showSaved(t('transfer.saved', { amount }), amount, () =>
                voidTransfer(db, saved.value.id, t('entry.undo.reason')),
              );
              window.location.hash = routes.home;
              return null;
            }}
          />
        )}
      </main>
    </>
  );
}
