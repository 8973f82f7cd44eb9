import { useLiveQuery } from 'dexie-react-hooks';
import { paidOf } from '../../domain/credit/entry-credit';
import type { Entry } from '../../domain/model';
import { useI18n } from '../../i18n/I18nProvider';
import { contactPage } from '../../storage';
import { Money } from '../../ui/Money';
import { routes } from '../routes';
import { useSession } from '../session/SessionContext';

/**
 * A credit sale's or purchase's debt on its detail: the contact (a link to their page), what was
 * paid when it was recorded, what of it is still owed today once the contact's payments are applied
 * oldest first, and its due date.
 */
export function EntryCreditCard({ entry }: { entry: Entry }) {
  const { db, book, today } = useSession();
  const { t, date } = useI18n();
  const contactId = entry.contactId;
  const page = useLiveQuery(
    async () => (contactId ? ((await contactPage(db, book.id, contactId, today)) ?? null) : null),
    [db, book.id, contactId, today],
  );
  if (!contactId || page === undefined) return null;
  const order = `${entry.recordedAt}|${entry.id}`;
  const left = page?.outstanding.find((item) => item.order === order)?.remaining ?? 0;
  const late = !entry.voided && left > 0 && entry.dueDate !== undefined && entry.dueDate < today;
  return (
    <section className="card" aria-labelledby="entry-credit-h">
      <h2 id="entry-credit-h">{t('credit.detail.title')}</h2>
      <dl className="facts">
        <dt>{t('credit.detail.contact')}</dt>
        <dd>{page ? <a href={routes.contact(contactId)}>{page.contact.name}</a> : '—'}</dd>
        <dt>{t('credit.detail.paid')}</dt>
        <dd>
          <Money value={paidOf(entry)} />
        </dd>
        {!entry.voided && (
          <>
            <dt>{t('credit.detail.left')}</dt>
            <dd data-testid="entry-owed" className={late ? 'overdue' : undefined}>
              {left > 0 ? <Money value={left} /> : t('credit.settled')}
            </dd>
          </>
        )}
        {entry.dueDate && (
          <>
            <dt>{t('credit.detail.due')}</dt>
            <dd>{date(entry.dueDate, 'dayLong')}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
