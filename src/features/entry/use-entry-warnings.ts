import type { Account, EntryFields } from '../../domain/model';
import { formatRupiah } from '../../domain/money';
import { useI18n } from '../../i18n/I18nProvider';
import { homeSummary } from '../../storage';
import { useSession } from '../session/SessionContext';

/**
 * What a member should confirm before an entry is saved: a date after today, and money out that
 * takes a cash account below zero on its day (usually a sale not yet recorded, or a typo).
 */
export function useEntryWarnings(accounts: readonly Account[]) {
  const { db, book, today } = useSession();
  const { t, date } = useI18n();
  return async (fields: EntryFields): Promise<string[]> => {
    const found: string[] = [];
    if (fields.date > today) found.push(t('entry.warn.future', { date: date(fields.date) }));
    const account = accounts.find((a) => a.id === fields.accountId);
    // Only money out can take cash below zero: a sale is saved without reading any balance.
    if (account?.type === 'cash' && fields.direction === 'out') {
      const summary = await homeSummary(db, book.id, fields.date);
      const balance = summary.balances.find((b) => b.accountId === account.id)?.balance ?? 0;
      const after = balance - fields.amount;
      if (after < 0)
        found.push(t('entry.warn.negativeCash', { account: account.name, amount: formatRupiah(after) }));
    }
    return found;
  };
}
