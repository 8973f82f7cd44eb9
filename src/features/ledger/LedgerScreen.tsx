import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { BusinessDate } from '../../domain/dates';
import type { Entry, Transfer } from '../../domain/model';
import {
  dailyTotalsInRange,
  entriesPage,
  listAccounts,
  listCategories,
  transfersInRange,
} from '../../storage';
import { useI18n } from '../../i18n/I18nProvider';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { routes } from '../routes';
import { useSession } from '../session/SessionContext';
import { EntryRow } from './EntryRow';
import { dayTotalsFromRollups, NO_FILTER, periodRange, type LedgerFilter } from './ledger-filter';
import { LedgerFilters } from './LedgerFilters';
import { TransferRow } from './TransferRow';

const PAGE = 50;

/** The cash book: entries grouped by day with each day's totals, filtered, read page by page. */
export function LedgerScreen() {
  const { db, book, today } = useSession();
  const { t, date } = useI18n();
  const [filter, setFilter] = useState<LedgerFilter>(NO_FILTER);
  const [pages, setPages] = useState(1);
  const changeFilter = (next: LedgerFilter) => {
    setFilter(next);
    setPages(1);
  };
  const names = useLiveQuery(async () => {
    const [categories, accounts] = await Promise.all([
      listCategories(db, book.id),
      listAccounts(db, book.id),
    ]);
    return { categories, accounts };
  }, [db, book.id]);
  const data = useLiveQuery(async () => {
    const range = periodRange(filter.period, today);
    const page = await entriesPage(
      db,
      book.id,
      {
        ...range,
        direction: filter.direction === 'all' ? undefined : filter.direction,
        categoryId: filter.categoryId || undefined,
        accountId: filter.accountId || undefined,
        search: filter.search.trim() || undefined,
        includeVoided: true,
      },
      { limit: PAGE * pages },
    );
    const dates = page.entries.map((e) => e.date);
    const newest = page.hasMore ? dates[0] : (range.to ?? dates[0]);
    const oldest = page.hasMore ? dates[dates.length - 1] : (range.from ?? dates[dates.length - 1]);
    const showTransfers = filter.direction === 'all' && !filter.categoryId && !filter.search.trim();
    const [totals, transfers] =
      newest && oldest
        ? await Promise.all([
            dailyTotalsInRange(db, book.id, oldest, newest),
            showTransfers ? transfersInRange(db, book.id, oldest, newest) : Promise.resolve([]),
          ])
        : [[], []];
    const matching = filter.accountId
      ? transfers.filter((x) => x.fromAccountId === filter.accountId || x.toAccountId === filter.accountId)
      : transfers;
    return {
      page,
      days: groupByDay(page.entries, matching),
      dayTotals: dayTotalsFromRollups(totals, filter),
    };
  }, [db, book.id, filter, pages, today]);

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
        {data?.page.hasMore && (
          <button type="button" className="btn btn-wide" onClick={() => setPages((p) => p + 1)}>
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

function groupByDay(entries: readonly Entry[], transfers: readonly Transfer[]) {
  const days = new Map<BusinessDate, { date: BusinessDate; entries: Entry[]; transfers: Transfer[] }>();
  const day = (d: BusinessDate) => {
    let found = days.get(d);
    if (!found) days.set(d, (found = { date: d, entries: [], transfers: [] }));
    return found;
  };
  for (const e of entries) day(e.date).entries.push(e);
  for (const x of transfers) day(x.date).transfers.push(x);
  return [...days.values()].sort((a, b) => (a.date < b.date ? 1 : -1));
}
