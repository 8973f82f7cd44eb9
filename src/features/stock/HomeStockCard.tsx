import { useLiveQuery } from 'dexie-react-hooks';
import { stockCountDue } from '../../domain/stock/reminder';
import { dismissStockReminder, markOpeningAsked, stockHomeFacts } from '../../storage/lazy';
import { useI18n } from '../../i18n/I18nProvider';
import { OfferCard } from '../../ui/OfferCard';
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
  if (!facts.hasRecords && !facts.openingAsked) {
    const asked = () => void markOpeningAsked(db, book.id);
    return (
      <OfferCard
        className="home-stock"
        title={t('opening.ask.title')}
        text={t('opening.ask.body')}
        action={{ href: routes.opening, label: t('opening.ask.yes'), onClick: asked }}
        later={{ label: t('opening.ask.skip'), onClick: asked }}
      />
    );
  }
  if (!stockCountDue(facts, today)) return null;
  return (
    <OfferCard
      className="home-stock"
      title={t('stock.due.title')}
      text={facts.lastCount ? t('stock.due.since', { date: date(facts.lastCount) }) : t('stock.due.never')}
      action={{ href: routes.stock, label: t('stock.due.count') }}
      later={{ label: t('stock.due.later'), onClick: () => void dismissStockReminder(db, book.id, today) }}
    />
  );
}
