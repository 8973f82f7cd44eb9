import { useLiveQuery } from 'dexie-react-hooks';
import { formatRupiah } from '../../domain/money';
import { firstRecordDate, listCategories } from '../../storage';
import { addStockCount, listContacts, listOpeningItems, listStockCounts } from '../../storage/lazy';
import { useI18n } from '../../i18n/I18nProvider';
import { Money } from '../../ui/Money';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useToast } from '../../ui/Toast';
import { routes } from '../routes';
import { useSession } from '../session/SessionContext';
import { useOpenAccounts } from '../transfer/use-open-accounts';
import { emptyCountDraft } from './count-draft';
import { OpeningCashForm } from './OpeningCashForm';
import { OpeningDebtCard } from './OpeningDebtCard';
import { StockCountForm } from './StockCountForm';
import './stock.css';

/**
 * Saldo awal: what a shop already had when its book began — stock, money, what customers owed and
 * what it owed suppliers. Each part is saved on its own, and any can be left out.
 */
export function OpeningScreen() {
  const { db, book, today } = useSession();
  const { t, date, problem } = useI18n();
  const toast = useToast();
  const accounts = useOpenAccounts();
  const data = useLiveQuery(async () => {
    const [counts, items, contacts, categories, first] = await Promise.all([
      listStockCounts(db, book.id),
      listOpeningItems(db, book.id),
      listContacts(db, book.id),
      listCategories(db, book.id),
      firstRecordDate(db, book.id),
    ]);
    const opening = counts.find((c) => c.opening && !c.voided);
    const capital = categories.find((c) => c.kind === 'modal' && !c.hidden);
    // Everything opening stands before the book's first record.
    const start = first !== null && first < today ? first : today;
    return { opening, items, contacts, capital, start };
  }, [db, book.id, today]);
  return (
    <>
      <ScreenHeader title={t('opening.title')} backHref={routes.home} backLabel={t('stock.back')} />
      <main className="screen stock">
        <p className="help">{t('opening.intro')}</p>
        {data && accounts && (
          <>
            <section className="card" aria-labelledby="opening-stock-h">
              <h2 id="opening-stock-h">{t('opening.stock')}</h2>
              {data.opening ? (
                <a className="stock-row" href={routes.stockCount(data.opening.id)}>
                  <span className="stock-day">{date(data.opening.date)}</span>
                  <Money value={data.opening.value} />
                </a>
              ) : (
                <>
                  <p className="help">{t('opening.stockHelp')}</p>
                  <StockCountForm
                    initial={emptyCountDraft(data.start)}
                    opening
                    submitLabel={t('opening.saveStock')}
                    onSubmit={async (fields) => {
                      const saved = await addStockCount(db, book.id, fields);
                      if (!saved.ok) return saved.errors.map(problem).join(' ');
                      toast.show(t('stock.saved', { value: formatRupiah(fields.value) }));
                      return null;
                    }}
                  />
                </>
              )}
            </section>
            <section className="card" aria-labelledby="opening-cash-h">
              <h2 id="opening-cash-h">{t('opening.cashTitle')}</h2>
              <p className="help">{t('opening.cashHelp')}</p>
              <OpeningCashForm accounts={accounts} capital={data.capital} startDate={data.start} />
            </section>
            {(['receivable', 'payable'] as const).map((side) => (
              <OpeningDebtCard
                key={side}
                side={side}
                items={data.items}
                contacts={data.contacts}
                startDate={data.start}
              />
            ))}
            <a className="btn btn-wide" href={routes.home}>
              {t('opening.done')}
            </a>
          </>
        )}
      </main>
    </>
  );
}
