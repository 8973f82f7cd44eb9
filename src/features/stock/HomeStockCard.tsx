import { useLiveQuery } from 'dexie-react-hooks';
import { stockCountDue } from '../../domain/stock/reminder';
import { dismissStockReminder, markOpeningAsked, stockHomeFacts } from '../../storage/lazy';
import { useI18n } from '../../i18n/I18nProvider';
import { routes } from '../routes';
import { useSession } from '../session/SessionContext';
import './stock.css';

/**
 * Home's one stock card: for a book with nothing in it yet, whether the shop already has stock,
 * money and debts to start from; later, a gentle monthly reminder to count stock. Both can be set aside.
 */
export function HomeStockCard() {
  const { db, book, today } = useSession();
  const { t, date } = useI18n();
  const facts = useLiveQuery(() => stockHomeFacts(db, book.id), [db, book.id]);
  if (!facts) return null;
  if (!facts.hasRecords && !facts.openingAsked)
    return (
      <section className="card home-stock" aria-labelledby="opening-ask-h">
        <h2 id="opening-ask-h">{t('opening.ask.title')}</h2>
        <p>{t('opening.ask.body')}</p>
        <div className="row-actions">
          <a
            className="btn btn-primary"
            href={routes.opening}
            onClick={() => void markOpeningAsked(db, book.id)}
          >
            {t('opening.ask.yes')}
          </a>
          <button type="button" className="btn" onClick={() => void markOpeningAsked(db, book.id)}>
            {t('opening.ask.skip')}
          </button>
        </div>
      </section>
    );
  if (!stockCountDue(facts, today)) return null;
  return (
    <section className="card home-stock" aria-labelledby="stock-due-h">
      <h2 id="stock-due-h">{t('stock.due.title')}</h2>
      <p>{facts.lastCount ? t('stock.due.since', { date: date(facts.lastCount) }) : t('stock.due.never')}</p>
      <div className="row-actions">
        <a className="btn btn-primary" href={routes.stock}>
          {t('stock.due.count')}
        </a>
        <button type="button" className="btn" onClick={() => void dismissStockReminder(db, book.id, today)}>
          {t('stock.due.later')}
        </button>
      </div>
    </section>
  );
}
