import type { BusinessDate } from '../dates';
import { guessAccountType } from '../defaults';
import { directionOf, type CategoryKind, type Direction } from '../kinds';
import type { AccountType } from '../model';
import { emptyKindTotals, type KindTotals } from '../reports/by-kind';
import { refuseCsv, sortErrors, type CsvError, type CsvRefusal } from './codes';
import { ALL_CSV_COLUMNS } from './columns';
import { planCredit, type CreditPlan, type ImportCreditBook } from './plan-credit';
import { nameKey } from '../text';
import type { ParsedRow } from './parse';

/** What the book already has, as an import sees it. */
export interface ImportBook extends ImportCreditBook {
  categories: readonly { name: string; kind: CategoryKind }[];
  accounts: readonly { name: string }[];
}

/** An entry an import will add, named by category and account (the storage layer resolves ids). */
export interface PlannedEntry {
  line: number;
  date: BusinessDate;
  direction: Direction;
  amount: number;
  categoryName: string;
  kind: CategoryKind;
  accountName: string;
  note: string;
  /** The contact, in the book's spelling when it has one. */
  contactName?: string;
  /** What was paid now, when less than the amount. */
  paid?: number;
  dueDate?: BusinessDate;
}

/** A transfer an import will add. */
export interface PlannedTransfer {
  line: number;
  date: BusinessDate;
  amount: number;
  fromAccountName: string;
  toAccountName: string;
  note: string;
}

/** Everything an import will write, for the member to confirm before anything is written. */
export interface ImportPlan extends CreditPlan {
  newCategories: { name: string; kind: CategoryKind }[];
  newAccounts: { name: string; type: AccountType }[];
  entries: PlannedEntry[];
  transfers: PlannedTransfer[];
  /** Amounts of the planned entries per kind. */
  totalsByKind: KindTotals;
  counts: { rows: number; entries: number; transfers: number; newCategories: number; newAccounts: number };
}

/** The outcome of planning: the plan, or every row that contradicts the book. */
export type PlanImportResult = { ok: true; plan: ImportPlan } | CsvRefusal;

/** The default kind of a new category named without `kelompok`. */
const defaultKind = (direction: Direction): CategoryKind => (direction === 'in' ? 'pendapatan' : 'beban');

type EntryRow = ParsedRow & { type: Direction; category: string };
const isEntryRow = (row: ParsedRow): row is EntryRow =>
  (row.type === 'in' || row.type === 'out') && row.category !== undefined;

/** Each new category's kind: the first `kelompok` its rows give, else the default for its first row. */
function newCategoryKinds(rows: readonly EntryRow[], known: ReadonlyMap<string, unknown>) {
  const firstRow = new Map<string, EntryRow>();
  const firstKind = new Map<string, CategoryKind>();
  for (const row of rows) {
    const key = nameKey(row.category);
    if (known.has(key)) continue;
    if (!firstRow.has(key)) firstRow.set(key, row);
    if (row.kind !== undefined && !firstKind.has(key)) firstKind.set(key, row.kind);
  }
  return new Map(
    [...firstRow].map(([key, row]) => [
      key,
      { name: row.category, kind: firstKind.get(key) ?? defaultKind(row.type) },
    ]),
  );
}

/** The problem with a row's category, if any: a kind that contradicts the row or the category. */
function categoryProblem(
  row: EntryRow,
  category: { name: string; kind: CategoryKind },
  isNew: boolean,
): CsvError | null {
  const at = { row: row.line };
  if (row.kind !== undefined && directionOf(row.kind) !== row.type)
    return { ...at, column: 'kelompok', code: 'csv.kind.direction', params: { value: row.kind } };
  if (row.kind !== undefined && row.kind !== category.kind)
    return {
      ...at,
      column: 'kelompok',
      code: isNew ? 'csv.kind.conflict' : 'csv.kind.mismatch',
      params: { value: row.kind, category: category.name, kind: category.kind },
    };
  if (directionOf(category.kind) !== row.type)
    return {
      ...at,
      column: 'kategori',
      code: 'csv.kind.direction',
      params: { value: row.category, category: category.name, kind: category.kind },
    };
  return null;
}

/**
 * Matches parsed rows against the book: categories and accounts by name, case-insensitively (the
 * book's spelling wins), new ones planned; every row whose kind contradicts its direction or its
 * category is reported. Nothing is written here.
 */
export function planImport(rows: readonly ParsedRow[], existing: ImportBook): PlanImportResult {
  const categories = new Map<string, { name: string; kind: CategoryKind }>();
  for (const c of existing.categories)
    if (!categories.has(nameKey(c.name))) categories.set(nameKey(c.name), c);
  const accounts = new Map<string, string>();
  for (const a of existing.accounts)
    if (!accounts.has(nameKey(a.name))) accounts.set(nameKey(a.name), a.name);

  const entryRows = rows.filter(isEntryRow);
  const created = newCategoryKinds(entryRows, categories);
  const newAccounts: ImportPlan['newAccounts'] = [];
  const account = (name: string): string => {
    const key = nameKey(name);
    const known = accounts.get(key);
    if (known !== undefined) return known;
    accounts.set(key, name);
    newAccounts.push({ name, type: guessAccountType(name) });
    return name;
  };

  const errors: CsvError[] = [];
  const entries: PlannedEntry[] = [];
  const transfers: PlannedTransfer[] = [];
  const totalsByKind = emptyKindTotals();
  for (const row of rows) {
    if (row.type === 'transfer') {
      if (!row.toAccount || nameKey(row.toAccount) === nameKey(row.account)) {
        const code = row.toAccount ? 'csv.transfer.sameAccount' : 'csv.transfer.toMissing';
        errors.push({ row: row.line, column: 'akun_tujuan', code });
        continue;
      }
      const fromAccountName = account(row.account);
      const toAccountName = account(row.toAccount);
      transfers.push({
        line: row.line,
        date: row.date,
        amount: row.amount,
        fromAccountName,
        toAccountName,
        note: row.note,
      });
      continue;
    }
    if (row.type !== 'in' && row.type !== 'out') continue; // debts and stock: planCredit
    if (!isEntryRow(row)) {
      errors.push({ row: row.line, column: 'kategori', code: 'csv.category.missing' });
      continue;
    }
    const key = nameKey(row.category);
    const known = categories.get(key);
    const category = known ?? created.get(key);
    if (!category) continue; // unreachable: every entry row's category is known or planned
    const problem = categoryProblem(row, category, known === undefined);
    if (problem) {
      errors.push(problem);
      continue;
    }
    const total = totalsByKind[category.kind] + row.amount;
    if (!Number.isSafeInteger(total)) {
      errors.push({ row: row.line, column: 'jumlah', code: 'csv.total.tooLarge' });
      continue;
    }
    totalsByKind[category.kind] = total;
    entries.push({
      line: row.line,
      date: row.date,
      direction: row.type,
      amount: row.amount,
      categoryName: category.name,
      kind: category.kind,
      accountName: account(row.account),
      note: row.note,
      ...(row.contact === undefined ? {} : { contactName: row.contact }),
      ...(row.paid === undefined ? {} : { paid: row.paid }),
      ...(row.dueDate === undefined ? {} : { dueDate: row.dueDate }),
    });
  }
  const credit = planCredit(rows, entries, existing, account);
  errors.push(...credit.errors);
  if (errors.length > 0) return refuseCsv(sortErrors(errors, ALL_CSV_COLUMNS));
  const newCategories = [...created.values()];
  return {
    ok: true,
    plan: {
      ...credit.plan,
      newCategories,
      newAccounts,
      entries,
      transfers,
      totalsByKind,
      counts: {
        rows: rows.length,
        entries: entries.length,
        transfers: transfers.length,
        newCategories: newCategories.length,
        newAccounts: newAccounts.length,
      },
    },
  };
}
