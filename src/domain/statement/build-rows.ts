import type { Category, Entry, Transfer } from '../model';
import type { AccountRef, Period } from '../reports';
import type { StatementEntry, StatementTransfer } from './schema';

/** What the file's rows are made from: the book's rows, categories and accounts, and the period. */
export interface RowsInput {
  period: Period;
  entries: readonly Entry[];
  transfers: readonly Transfer[];
  categories: readonly Pick<Category, 'id' | 'name' | 'kind'>[];
  accounts: readonly AccountRef[];
}

/** Orders rows by date, then by when they were recorded, then by id: a stable order for the file. */
const byDate = <T extends { date: string; recordedAt: string; id: string }>(a: T, b: T): number =>
  a.date.localeCompare(b.date) || a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id);

/** The period's non-voided entries as the file carries them (category and account by name). */
export function fileEntries(input: RowsInput, omit: boolean): StatementEntry[] {
  const categories = new Map(input.categories.map((c) => [c.id, c]));
  const accounts = new Map(input.accounts.map((a) => [a.id, a.name]));
  const { from, to } = input.period;
  const rows: StatementEntry[] = [];
  for (const e of input.entries) {
    if (e.voided || e.date < from || e.date > to) continue;
    const category = categories.get(e.categoryId);
    if (!category) throw new RangeError(`entry ${e.id} names an unknown category`);
    const row: StatementEntry = {
      id: e.id,
      date: e.date,
      direction: e.direction,
      amount: e.amount,
      kind: category.kind,
      category: category.name,
      account: accounts.get(e.accountId) ?? e.accountId,
      recordedAt: e.recordedAt,
      imported: e.source === 'import',
    };
    // Set on the row made here rather than spread into a copy: the file writes it last either way.
    if (!omit && e.note !== '') row.note = e.note;
    rows.push(row);
  }
  return rows.sort(byDate);
}

/** The period's non-voided transfers as the file carries them (accounts by name). */
export function fileTransfers(input: RowsInput, omit: boolean): StatementTransfer[] {
  const accounts = new Map(input.accounts.map((a) => [a.id, a.name]));
  const name = (id: string) => accounts.get(id) ?? id;
  const { from, to } = input.period;
  const rows: StatementTransfer[] = [];
  for (const t of input.transfers) {
    if (t.voided || t.date < from || t.date > to) continue;
    const row: StatementTransfer = {
      id: t.id,
      date: t.date,
      amount: t.amount,
      from: name(t.fromAccountId),
      to: name(t.toAccountId),
      recordedAt: t.recordedAt,
      imported: t.source === 'import',
    };
    if (!omit && t.note !== '') row.note = t.note;
    rows.push(row);
  }
  return rows.sort(byDate);
}
