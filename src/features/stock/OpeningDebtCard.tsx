import type { Contact, CreditSide, OpeningItem } from '../../domain/credit/records';
import type { BusinessDate } from '../../domain/dates';
import { formatRupiah } from '../../domain/money';
import { addOpeningDebt, voidOpeningItem } from '../../storage/lazy';
import { useI18n } from '../../i18n/I18nProvider';
import { Money } from '../../ui/Money';
import { useToast } from '../../ui/Toast';
import { VoidForm } from '../entry-detail/VoidForm';
import { useProblemText } from '../form/use-problem-text';
import { useSession } from '../session/SessionContext';
import { OpeningDebtForm } from './OpeningDebtForm';

/** What customers owed the shop (or the shop owed suppliers) when the book began, one contact at a time. */
export function OpeningDebtCard(props: {
  side: CreditSide;
  items: readonly OpeningItem[];
  contacts: readonly Contact[];
  startDate: BusinessDate;
}) {
  const { db, book } = useSession();
  const { t, date } = useI18n();
  const problem = useProblemText();
  const toast = useToast();
  const receivable = props.side === 'receivable';
  const names = new Map(props.contacts.map((c) => [c.id, c.name]));
  const headingId = `opening-${props.side}-h`;
  const items = props.items.filter((i) => i.side === props.side);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{receivable ? t('opening.receivables') : t('opening.payables')}</h2>
      <p className="help">{receivable ? t('opening.receivablesHelp') : t('opening.payablesHelp')}</p>
      <ul className="opening-list">
        {items.map((item) => (
          <li key={item.id} className={item.voided ? 'voided' : undefined}>
            <div className="opening-row">
              <span className="opening-who">
                {names.get(item.contactId)}
                {item.dueDate && (
                  <span className="help"> · {t('opening.due', { date: date(item.dueDate) })}</span>
                )}
                {item.voided && <span className="badge">{t('ledger.voided')}</span>}
              </span>
              <Money value={item.amount} />
            </div>
            {!item.voided && (
              <VoidForm
                onVoid={async (reason) => {
                  const done = await voidOpeningItem(db, item.id, reason);
                  if (!done.ok) return done.errors.map(problem).join(' ');
                  toast.show(t('stock.voided'));
                  return null;
                }}
              />
            )}
          </li>
        ))}
      </ul>
      <OpeningDebtForm
        side={props.side}
        startDate={props.startDate}
        contacts={props.contacts}
        onSubmit={async ({ contactName, ...fields }) => {
          const saved = await addOpeningDebt(db, book.id, fields, contactName);
          if (!saved.ok) return saved.errors.map(problem).join(' ');
          const name = saved.value.contact.name;
          toast.show(t('opening.saved', { name, amount: formatRupiah(fields.amount) }));
          return null;
        }}
      />
    </section>
  );
}
