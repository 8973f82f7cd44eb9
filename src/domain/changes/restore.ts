import type { BackupContent } from '../backup/schema';
import type { CategoryKind } from '../kinds';
import { rollUp } from '../daily-rollups';
import type { Id } from '../model';
import type { Change } from './change';

/**
 * Restoring a checked backup as one change: the books it replaces go first, then every row of the
 * backup with its history carried whole (its chains were verified on reading), the rollups the
 * entries add up to. Never settings: they belong to the device, not to the book.
 */
export function restoreChange(content: BackupContent, replaces: readonly Id[]): Change {
  const kinds = new Map(content.categories.map((c) => [c.id, c.kind]));
  const rolled = rollUp(content.entries, content.transfers, (id) => kinds.get(id) as CategoryKind);
  return {
    replaces,
    add: {
      books: content.books,
      accounts: content.accounts,
      categories: content.categories,
      entries: content.entries,
      transfers: content.transfers,
      revisions: content.revisions,
      imports: content.imports,
      products: content.products ?? [],
    },
    daily: rolled.daily,
    dailyTransfers: rolled.transfers,
  };
}
