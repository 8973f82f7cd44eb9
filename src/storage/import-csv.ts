import type { ImportPlan } from '../domain/csv/plan';
import type { Id } from '../domain/model';
import { newId } from '../domain/platform';
import type { Result } from '../domain/result';
import type { LumbungDb } from './db';
import type { StorageProblem } from './errors';
import { importBatch, type ImportSummary } from './import-batch';
import type { ImportFileInfo } from './import-records';
import type { ImportBatch } from '../domain/changes/resolve-import';

/** The batch `importBatch` takes, from a plan the member confirmed (a fresh import id each time). */
export function batchOfPlan(plan: ImportPlan, importId: Id = newId()): ImportBatch {
  return {
    importId,
    newAccounts: plan.newAccounts.map(({ name, type }) => ({ name, type })),
    newCategories: plan.newCategories.map(({ name, kind }) => ({ name, kind })),
    entries: plan.entries.map((e) => ({
      line: e.line,
      date: e.date,
      direction: e.direction,
      amount: e.amount,
      categoryName: e.categoryName,
      accountName: e.accountName,
      note: e.note,
      ...(e.contactName === undefined ? {} : { contactName: e.contactName }),
      ...(e.paid === undefined ? {} : { paid: e.paid }),
      ...(e.dueDate === undefined ? {} : { dueDate: e.dueDate }),
    })),
    transfers: plan.transfers.map((t) => ({
      line: t.line,
      date: t.date,
      amount: t.amount,
      fromAccountName: t.fromAccountName,
      toAccountName: t.toAccountName,
      note: t.note,
    })),
    newContacts: plan.newContacts.map(({ name, role }) => ({ name, role })),
    settlements: plan.settlements.map((s) => ({ ...s })),
    stockCounts: plan.stockCounts.map((c) => ({ ...c })),
    openingItems: plan.openingItems.map((o) => ({ ...o })),
  };
}

/**
 * Writes a confirmed CSV import: every row, the new categories and accounts, the rollups and the
 * record of the file (its SHA-256), all in one transaction, or nothing.
 */
export function importCsvPlan(
  db: LumbungDb,
  bookId: Id,
  plan: ImportPlan,
  file: Omit<ImportFileInfo, 'rows'>,
): Promise<Result<ImportSummary, StorageProblem>> {
  return importBatch(db, bookId, batchOfPlan(plan), { ...file, rows: plan.counts.rows });
}
