import { useLiveQuery } from 'dexie-react-hooks';
import { settlementSide, type SettlementType } from '../../domain/credit/records';
import { creditOverview, listAccounts } from '../../storage';
import { useI18n } from '../../i18n/I18nProvider';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { routes } from '../routes';
import { useSession } from '../session/SessionContext';
import { SettleForm } from './SettleForm';
import './credit.css';

/** Receives a payment from a customer or pays a supplier, from home or from the contact's page. */
export function SettleScreen({ type, contactId }: { type: SettlementType; contactId?: string | undefined }) {
  const { db, book, today } = useSession();
  const { t } = useI18n();
  const data = useLiveQuery(async () => {
    const [overview, accounts] = await Promise.all([
      creditOverview(db, book.id, today),
      listAccounts(db, book.id),
    ]);
    const side = settlementSide(type);
    const owing = overview.contacts
      .map((s) => ({ contact: s.contact, owed: s[side].total }))
      .filter((o) => o.contact.id === contactId || (o.owed > 0 && !o.contact.hidden));
    return { owing, accounts: accounts.filter((a) => !a.hidden) };
  }, [db, book.id, today, type, contactId]);
  const title = t(type === 'collect' ? 'credit.settle.collectTitle' : 'credit.settle.payTitle');
  const back = contactId ? routes.contact(contactId) : routes.home;
  return (
    <>
      <ScreenHeader title={title} backHref={back} backLabel={t('nav.back')} />
      <main className="screen">
        {data && data.owing.length === 0 && <p className="help">{t('credit.settle.nobody')}</p>}
        {data && data.owing.length > 0 && (
          <SettleForm type={type} owing={data.owing} accounts={data.accounts} contactId={contactId} />
        )}
      </main>
    </>
  );
}
