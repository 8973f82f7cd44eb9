import { checkCsvBytes } from '../../../src/features/data/csv-check';
import {
  importCreditBook,
  importCsvPlan,
  listAccounts,
  listCategories,
  type LumbungDb,
} from '../../../src/storage';

/** The import screen's path for a CSV text: what the book has, the file checked against it, then the write. */
export async function importText(db: LumbungDb, bookId: string, text: string) {
  const [categories, accounts, credit] = await Promise.all([
    listCategories(db, bookId),
    listAccounts(db, bookId),
    importCreditBook(db, bookId),
  ]);
  const checked = await checkCsvBytes(new TextEncoder().encode(text), { categories, accounts, ...credit });
  if (!checked.ok) return checked;
  const written = await importCsvPlan(db, bookId, checked.plan, { hash: checked.hash, fileName: 'buku.csv' });
  return { ...checked, written };
}
