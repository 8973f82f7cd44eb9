import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useRef, useState } from 'react';
import type { Entry } from '../../domain/model';
import { listAccounts, listCategories } from '../../storage';
import { useI18n } from '../../i18n/I18nProvider';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { routes } from '../routes';
import { useSession } from '../session/SessionContext';
import { EntryRow } from './EntryRow';
import { NO_FILTER, type LedgerFilter } from './ledger-filter';
import { FIRST_WINDOW, windowDown, windowUp, type LedgerWindow } from './ledger-window';
import { LedgerFilters } from './LedgerFilters';
import { TransferRow } from './TransferRow';
import { useLedgerPages } from './use-ledger-pages';
import { useScrollEdges } from './use-scroll-edges';
import './ledger.css';

/**
 * The cash book: entries grouped by day with each day's totals, filtered, read page by page. At most
 * four pages are on screen: scrolling down drops pages far above, scrolling back up reads them again.
 */
export function LedgerScreen() {
  const { db, book, today } = useSession();
  const { t, date } = useI18n();
  const [filter, setFilter] = useState<LedgerFilter>(NO_FILTER);
  const [window, setWindow] = useState<LedgerWindow>(FIRST_WINDOW);
  const changeFilter = (next: LedgerFilter) => {
    setFilter(next);
    setWindow(FIRST_WINDOW);
  };
  const names = useLiveQuery(async () => {
    const [categories, accounts] = await Promise.all([
      listCategories(db, book.id),
      listAccounts(db, book.id),
    ]);
    return { categories, accounts };
  }, [db, book.id]);
  const data = useLedgerPages(db, book.id, filter, window, today);

  const firstPageEnd = data?.firstPageEnd ?? null;
  const older = useCallback(() => setWindow((w) => windowDown(w, firstPageEnd)), [firstPageEnd]);
  const newer = useCallback(() => setWindow(windowUp), []);
  const listRef = useRef<HTMLDivElement>(null);
  const topRef = useRef<HTMLDivElement>(null);
  const bottomRef = useRef<HTMLDivElement>(null);
  useScrollEdges({
    list: listRef,
    top: topRef,
    bottom: bottomRef,
    content: data,
    onTop: window.starts.length > 0 ? newer : null,
    onBottom: data?.hasMore ? older : null,
  });

  const categoryName = new Map(names?.categories.map((c) => [c.id, c.name]));
  const accountName = new Map(names?.accounts.map((a) => [a.id, a.name]));
  return (
    <>
      <ScreenHeader title={t('ledger.title')} />
      <main className="screen ledger">
        {names && (
          <LedgerFilters
            filter={filter}
            onChange={changeFilter}
            categories={names.categories}
            accounts={names.accounts}
          />
        )}
        {window.starts.length > 0 && (
          <button type="button" className="btn btn-wide" onClick={newer}>
            {t('ledger.newer')}
          </button>
        )}
        <div ref={topRef} className="ledger-edge" />
        <div ref={listRef}>
          {data && data.days.length === 0 && <p className="help">{t('ledger.empty')}</p>}
          {data?.days.map((day) => {
            const totals = filter.search.trim() ? sumShown(day.entries) : data.dayTotals.get(day.date);
            return (
              <section key={day.date} className="day" aria-label={date(day.date, 'dayLong')}>
                <h2 className="day-head">
                  <span>{date(day.date, 'dayLong')}</span>
                  <span className="day-totals">
                    {t('ledger.dayTotals', { in: fmt(totals?.in ?? 0), out: fmt(totals?.out ?? 0) })}
                  </span>
                </h2>
                <ul className="entry-list">
                  {day.transfers.map((x) => (
                    <TransferRow
                      key={x.id}
                      transfer={x}
                      fromName={accountName.get(x.fromAccountId) ?? ''}
                      toName={accountName.get(x.toAccountId) ?? ''}
                    />
                  ))}
                  {day.entries.map((e) => (
                    <EntryRow
                      key={e.id}
                      entry={e}
                      categoryName={categoryName.get(e.categoryId) ?? ''}
                      accountName={accountName.get(e.accountId) ?? ''}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
        <div ref={bottomRef} className="ledger-edge" />
        {data?.hasMore && (
          <button type="button" className="btn btn-wide" onClick={older}>
            {t('ledger.more')}
          </button>
        )}
        <p className="sr-only">
          <a href={routes.home}>{t('nav.home')}</a>
        </p>
      </main>
    </>
  );
}

const fmt = (n: number) => new Intl.NumberFormat('id-ID').format(n);

function sumShown(entries: readonly Entry[]) {
  const sum = { in: 0, out: 0 };
  for (const e of entries) if (!e.voided) sum[e.direction] += e.amount;
  return sum;
}
