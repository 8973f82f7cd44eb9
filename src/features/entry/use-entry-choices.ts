import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_CATEGORIES } from '../../domain/defaults';
import { directionOf, type Direction } from '../../domain/kinds';
import type { Account, Category } from '../../domain/model';
import { categoryUsage, listAccounts, listCategories } from '../../storage';
import { useSession } from '../session/SessionContext';

const STARTERS = DEFAULT_CATEGORIES.map((c) => c.name);

/** Before anything is used, the starter categories keep their order (Penjualan first). */
const starterRank = (category: Category): number => {
  const i = STARTERS.indexOf(category.name);
  return i === -1 ? STARTERS.length : i;
};

/** The categories of one direction (most used first) and the visible accounts (Kas first). */
export function useEntryChoices(
  direction: Direction,
  keepIds: readonly string[] = [],
): { categories: Category[]; accounts: Account[] } | undefined {
  const { db, book } = useSession();
  return useLiveQuery(async () => {
    const [categories, accounts, usage] = await Promise.all([
      listCategories(db, book.id),
      listAccounts(db, book.id),
      categoryUsage(db, book.id),
    ]);
    const shown = categories
      .filter((c) => directionOf(c.kind) === direction && (!c.hidden || keepIds.includes(c.id)))
      .sort((a, b) => (usage.get(b.id) ?? 0) - (usage.get(a.id) ?? 0) || starterRank(a) - starterRank(b));
    const open = accounts
      .filter((a) => !a.hidden || keepIds.includes(a.id))
      .sort((a, b) => Number(b.type === 'cash') - Number(a.type === 'cash'));
    return { categories: shown, accounts: open };
  }, [db, book.id, direction, keepIds.join('|')]);
}
