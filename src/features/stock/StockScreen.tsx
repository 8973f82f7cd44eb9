import { useLiveQuery } from 'dexie-react-hooks';
import { addStockCount, listStockCounts } from '../../storage/lazy';
import { useI18n } from '../../i18n/I18nProvider';
import { Money } from '../../ui/Money';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useToast } from '../../ui/Toast';
import { formatRupiah } from '../../domain/money';
import { routes } from '../routes';
import { useSession } from '../session/SessionContext';
import { emptyCountDraft } from './count-draft';
import { StockCountForm } from './StockCountForm';
import './stock.css';

/** Hitung stok: record what the goods on hand are worth today, and every count so far. */
export function StockScreen() {
  const { db, book, today } = useSession();
  const { t, date, problem } = useI18n();
  const toast = useToast();
  const counts = useLiveQuery(() => listStockCounts(db, book.id), [db, book.id]);
  return (
    <>
      <ScreenHeader title={t('stock.title')} backHref={routes.home} backLabel={t('stock.back')} />
      <main className="screen stock">
        <section className="card" aria-labelledby="stock-new-h">
          <h2 id="stock-new-h">{t('stock.new')}</h2>
          <p className="help">{t('stock.intro')}</p>
          <StockCountForm
            initial={emptyCountDraft(today)}
            opening={false}
            submitLabel={t('stock.save')}
            onSubmit={async (fields) => {
              const saved = await addStockCount(db, book.id, fields);
              if (!saved.ok) return saved.errors.map(problem).join(' ');
              toast.show(t('stock.saved', { value: formatRupiah(fields.value) }));
              return null;
            }}
          />
        </section>
        <section className="card" aria-labelledby="stock-list-h">
          <h2 id="stock-list-h">{t('stock.list')}</h2>
          {counts?.length === 0 && <p className="help">{t('stock.none')}</p>}
          <ul className="stock-list">
            {counts?.map((c) => (
              <li key={c.id} className={c.voided ? 'voided' : undefined}>
                <a className="stock-row" href={routes.stockCount(c.id)}>
                  <span className="stock-day">
                    {date(c.date)}
                    {c.opening && <span className="badge">{t('stock.openingBadge')}</span>}
                    {c.voided && <span className="badge">{t('ledger.voided')}</span>}
                  </span>
                  <Money value={c.value} />
                </a>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </>
  );
}
