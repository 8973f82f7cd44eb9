import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatRupiah } from '../../domain/money';
import { entryHistory } from '../../storage';
import { editStockCount, listStockCounts, voidStockCount } from '../../storage/lazy';
import { useI18n } from '../../i18n/I18nProvider';
import { MissingRecord } from '../../ui/MissingRecord';
import { Money } from '../../ui/Money';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useToast } from '../../ui/Toast';
import { HistoryList } from '../entry-detail/HistoryList';
import { VoidForm } from '../entry-detail/VoidForm';
import { VoidNotice } from '../entry-detail/VoidNotice';
import { routes } from '../routes';
import { useSession } from '../session/SessionContext';
import { draftOfCount } from './count-draft';
import { StockCountForm } from './StockCountForm';
import './stock.css';

const NO_NAMES = new Map<string, string>();

/** One stock count: its value, a correction (with a reason) or a void, and its whole history. */
export function StockCountScreen({ id }: { id: string }) {
  const { db, book } = useSession();
  const { t, date, problem } = useI18n();
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const data = useLiveQuery(async () => {
    const [counts, history] = await Promise.all([listStockCounts(db, book.id), entryHistory(db, id)]);
    return { count: counts.find((c) => c.id === id), history };
  }, [db, book.id, id]);
  const header = (
    <ScreenHeader title={t('stock.detail')} backHref={routes.stock} backLabel={t('stock.back')} />
  );
  if (!data) return header;
  const { count, history } = data;
  if (!count) return <MissingRecord header={header} message={t('stock.notFound')} />;
  return (
    <>
      {header}
      <main className="screen stock">
        <section className={`card${count.voided ? ' voided' : ''}`}>
          <p className="big-figure" data-testid="stock-value">
            <Money value={count.value} />
          </p>
          {count.voided && <VoidNotice reason={count.voidReason} />}
          <dl className="facts">
            <dt>{count.opening ? t('stock.openingDate') : t('stock.date')}</dt>
            <dd>{date(count.date, 'dayLong')}</dd>
            {count.note && (
              <>
                <dt>{t('stock.note')}</dt>
                <dd>{count.note}</dd>
              </>
            )}
          </dl>
          {count.opening && <p className="help">{t('stock.openingHelp')}</p>}
        </section>
        {!count.voided && (
          <div className="stack">
            {editing ? (
              <section className="card" aria-label={t('stock.edit')}>
                <StockCountForm
                  initial={draftOfCount(count)}
                  opening={count.opening}
                  askReason
                  submitLabel={t('stock.saveEdit')}
                  onSubmit={async (fields, reason) => {
                    const saved = await editStockCount(db, count.id, fields, reason || undefined);
                    if (!saved.ok) return saved.errors.map(problem).join(' ');
                    toast.show(t('stock.saved', { value: formatRupiah(fields.value) }));
                    return null;
                  }}
                  onSaved={() => setEditing(false)}
                />
              </section>
            ) : (
              <button type="button" className="btn btn-primary btn-wide" onClick={() => setEditing(true)}>
                {t('stock.edit')}
              </button>
            )}
            <VoidForm
              onVoid={async (reason) => {
                const done = await voidStockCount(db, count.id, reason);
                if (!done.ok) return done.errors.map(problem).join(' ');
                toast.show(t('stock.voided'));
                return null;
              }}
            />
          </div>
        )}
        <section className="card" aria-labelledby="stock-history-h">
          <h2 id="stock-history-h">{t('detail.history')}</h2>
          <HistoryList revisions={history} names={NO_NAMES} timeZone={book.timeZone} />
        </section>
      </main>
    </>
  );
}
