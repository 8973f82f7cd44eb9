import { parseImportCsv, planImport, type ImportPlan } from '../../../src/domain/csv';
import {
  importBatch,
  listAccounts,
  listCategories,
  type ImportBatch,
  type LumbungDb,
} from '../../../src/storage';
import { readFixture } from '../fixture';
import { unwrap } from './db';

/** An import plan as the storage verb takes it: names, not ids. */
export function batchOfPlan(importId: string, plan: ImportPlan): ImportBatch {
  return {
    importId,
    newAccounts: plan.newAccounts,
    newCategories: plan.newCategories,
    entries: plan.entries.map((e) => ({
      date: e.date,
      direction: e.direction,
      amount: e.amount,
      categoryName: e.categoryName,
      accountName: e.accountName,
      note: e.note,
      line: e.line,
    })),
    transfers: plan.transfers.map((t) => ({
      date: t.date,
      amount: t.amount,
      fromAccountName: t.fromAccountName,
      toAccountName: t.toAccountName,
      note: t.note,
      line: t.line,
    })),
  };
}

/** Loads a CSV fixture into a book the way the app does: the domain parser, planImport, then importBatch. */
export async function importCsvFixture(db: LumbungDb, bookId: string, name: string): Promise<void> {
  const parsed = parseImportCsv(readFixture(name));
  if (!parsed.ok) throw new Error(`${name} does not parse: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  const [categories, accounts] = await Promise.all([listCategories(db, bookId), listAccounts(db, bookId)]);
  const planned = planImport(parsed.rows, { categories, accounts });
  if (!planned.ok) throw new Error(`${name} does not plan: ${JSON.stringify(planned.errors.slice(0, 3))}`);
  unwrap(await importBatch(db, bookId, batchOfPlan(`${name}#${bookId}`, planned.plan)));
}
