import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Account, Id } from '../../domain/model';
import type { Period } from '../../domain/reports';
import { entriesPage, type PageCursor } from '../../storage';
import { useI18n } from '../../i18n/I18nProvider';
import { EntryRow } from '../ledger/EntryRow';
import { useSession } from '../session/SessionContext';

/** Entries shown per page under a category. */
const PAGE = 20;

/**
 * One page of a category's entries in the period, newest first, read through the category's own
 * index (bounded by category and dates), with next and previous pages.
 */
export function CategoryEntries({
  categoryId,
  category,
  period,
  accounts,
}: {
  categoryId: Id;
  category: string;
  period: Period;
  accounts: readonly Account[];
}) {
  const { db, book } = useSession();
  const { t, date } = useI18n();
  // The cursors where each earlier page began; the last one starts this page.
  const [starts, setStarts] = useState<PageCursor[]>([]);
  const before = starts[starts.length - 1];
  const page = useLiveQuery(
    () =>
      entriesPage(
        db,
        book.id,
        { categoryId, from: period.from, to: period.to },
        before ? { limit: PAGE, before } : { limit: PAGE },
      ),
    [db, book.id, categoryId, period.from, period.to, before],
  );
  const accountName = new Map(accounts.map((a) => [a.id, a.name]));
  if (!page) return null;
  return (
    <div className="pl-entries" role="group" aria-label={t('reports.entries.title', { category })}>
      {page.entries.length === 0 ? (
        <p className="help">{t('reports.entries.empty')}</p>
      ) : (
        <ul className="entry-list">
          {page.entries.map((e) => (
            <EntryRow
              key={e.id}
              entry={e}
              categoryName={category}
              accountName={accountName.get(e.accountId) ?? ''}
              dateLabel={date(e.date, 'dayShort')}
            />
          ))}
        </ul>
      )}
      <div className="pager">
        {starts.length > 0 && (
          <button type="button" className="btn" onClick={() => setStarts((s) => s.slice(0, -1))}>
            {t('reports.entries.previous')}
          </button>
        )}
        {page.next && (
          <button
            type="button"
            className="btn"
            onClick={() => page.next && setStarts((s) => [...s, page.next as PageCursor])}
          >
            {t('reports.entries.next')}
          </button>
        )}
      </div>
    </div>
  );
}
