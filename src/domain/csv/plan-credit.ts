import type { ImportOpeningRow, ImportSettlementRow, ImportStockRow } from '../changes/import-credit';
import type { CreditRow } from '../credit/balances';
import { creditSideOf, mayBeOnCredit } from '../credit/entry-credit';
import type { ContactRole, CreditSide } from '../credit/records';
import { addDays, type BusinessDate } from '../dates';
import type { Id } from '../model';
import { formatRupiah } from '../money';
import { nameKey } from '../text';
import type { CsvError } from './codes';
import type { ParsedRow } from './parse';
import type { PlannedEntry } from './plan';

/** What the book already has of debts and stock, as an import checks against it. */
export interface ImportCreditBook {
  contacts?: readonly { id: Id; name: string }[];
  /** The credit rows of the book's contacts, so a settlement in the file is checked against what they owe. */
  credit?: readonly CreditRow[];
  /** The book's stock counts that are not voided. */
  stockCounts?: readonly { date: BusinessDate; opening: boolean }[];
  /** The earliest date of any record the book has; none when empty. */
  firstRecordDate?: BusinessDate;
}

/** A collection or payment an import will add. */
export interface PlannedSettlement extends ImportSettlementRow {
  line: number;
}

/** A stock count (or the opening stock) an import will add. */
export interface PlannedStockCount extends ImportStockRow {
  line: number;
}

/** An opening receivable or payable an import will add. */
export interface PlannedOpeningItem extends ImportOpeningRow {
  line: number;
}

/** What an import adds of debts and stock. */
export interface CreditPlan {
  newContacts: { name: string; role: ContactRole }[];
  settlements: PlannedSettlement[];
  stockCounts: PlannedStockCount[];
  openingItems: PlannedOpeningItem[];
}

/** One change to a contact's balance, in the order the import applies them. */
interface BalanceStep {
  date: BusinessDate;
  /** −1 the book's own credit of the day, then file lines, then the book's own settlements (+∞). */
  order: number;
  amount: number;
  contactName: string;
}

const ROLE_OF_SIDE: Readonly<Record<CreditSide, ContactRole>> = {
  receivable: 'customer',
  payable: 'supplier',
};

/** Resolves contact names to the book's spelling, planning new contacts with the role their rows give. */
function contactResolver(existing: ImportCreditBook) {
  const known = new Map((existing.contacts ?? []).map((c) => [nameKey(c.name), c]));
  const created = new Map<string, { name: string; role: ContactRole }>();
  const resolve = (name: string, side: CreditSide): string => {
    const key = nameKey(name);
    const found = known.get(key);
    if (found) return found.name;
    const planned = created.get(key);
    if (!planned) created.set(key, { name, role: ROLE_OF_SIDE[side] });
    else if (planned.role !== ROLE_OF_SIDE[side]) planned.role = 'both';
    return planned?.name ?? name;
  };
  const idOf = (name: string): Id | undefined => known.get(nameKey(name))?.id;
  return { resolve, idOf, created: () => [...created.values()] };
}

/** Every step that moves a contact's balance: the book's own, then the file's credit entries, opening items and settlements. */
function balanceSteps(
  existing: ImportCreditBook,
  contactName: (id: Id) => string,
): Map<string, BalanceStep[]> {
  const steps = new Map<string, BalanceStep[]>();
  for (const row of existing.credit ?? []) {
    const key = `${nameKey(contactName(row.contactId))}|${row.side}`;
    const list = steps.get(key) ?? [];
    const name = contactName(row.contactId);
    list.push({ date: row.date, order: -1, amount: row.credit + row.opening, contactName: name });
    list.push({ date: row.date, order: Infinity, amount: -row.settled, contactName: name });
    steps.set(key, list);
  }
  return steps;
}

/**
 * Plans the rows of debts and stock and checks them: what was paid below the amount only on a kind
 * that may be on credit; no collection or payment above what is owed on its date, rows applied in
 * date order and, within a date, in file order; one count a day; one opening stock, dated on or
 * before every other record.
 */
export function planCredit(
  rows: readonly ParsedRow[],
  entries: PlannedEntry[],
  existing: ImportCreditBook,
  accountName: (name: string) => string,
): { plan: CreditPlan; errors: CsvError[] } {
  const errors: CsvError[] = [];
  const contacts = contactResolver(existing);
  const nameById = new Map((existing.contacts ?? []).map((c) => [c.id, c.name]));
  const steps = balanceSteps(existing, (id) => nameById.get(id) ?? id);
  const step = (side: CreditSide, contactName: string, s: Omit<BalanceStep, 'contactName'>) => {
    const key = `${nameKey(contactName)}|${side}`;
    steps.set(key, [...(steps.get(key) ?? []), { ...s, contactName }]);
  };
  for (const entry of entries) {
    if (entry.contactName === undefined) continue;
    const owed = entry.amount - (entry.paid ?? entry.amount);
    if (owed > 0 && !mayBeOnCredit(entry.kind)) {
      errors.push({
        row: entry.line,
        column: 'dibayar',
        code: 'csv.paid.kind',
        params: { kind: entry.kind },
      });
      continue;
    }
    const side = creditSideOf(entry.kind);
    entry.contactName = contacts.resolve(entry.contactName, side);
    if (owed > 0) step(side, entry.contactName, { date: entry.date, order: entry.line, amount: owed });
  }
  const plan: CreditPlan = { newContacts: [], settlements: [], stockCounts: [], openingItems: [] };
  for (const row of rows) {
    const note = row.note;
    if (row.type === 'collect' || row.type === 'pay') {
      const side: CreditSide = row.type === 'collect' ? 'receivable' : 'payable';
      const contactName = contacts.resolve(row.contact ?? '', side);
      step(side, contactName, { date: row.date, order: row.line, amount: -row.amount });
      const { line, date, type, amount } = row;
      plan.settlements.push({
        line,
        date,
        type,
        contactName,
        amount,
        accountName: accountName(row.account),
        note,
      });
    } else if (row.type === 'openingReceivable' || row.type === 'openingPayable') {
      const side: CreditSide = row.type === 'openingReceivable' ? 'receivable' : 'payable';
      const contactName = contacts.resolve(row.contact ?? '', side);
      step(side, contactName, { date: row.date, order: row.line, amount: row.amount });
      const due = row.dueDate === undefined ? {} : { dueDate: row.dueDate };
      plan.openingItems.push({
        line: row.line,
        date: row.date,
        side,
        contactName,
        amount: row.amount,
        ...due,
        note,
      });
    } else if (row.type === 'stock' || row.type === 'openingStock') {
      plan.stockCounts.push({
        line: row.line,
        date: row.date,
        value: row.amount,
        opening: row.type === 'openingStock',
        note,
      });
    }
  }
  errors.push(...overdrawnLines(steps, plan.settlements), ...stockErrors(plan.stockCounts, rows, existing));
  plan.newContacts = contacts.created();
  return { plan, errors };
}

/** The settlements that take a contact below zero, each named on its line with what was owed then. */
function overdrawnLines(
  steps: ReadonlyMap<string, BalanceStep[]>,
  settlements: readonly PlannedSettlement[],
): CsvError[] {
  const lines = new Set(settlements.map((s) => s.line));
  const errors: CsvError[] = [];
  for (const list of steps.values()) {
    let balance = 0;
    let lastLine: number | undefined;
    for (const s of [...list].sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order,
    )) {
      const ownSettlement = lines.has(s.order) && s.amount < 0;
      if (ownSettlement) lastLine = s.order;
      if (balance + s.amount >= 0) {
        balance += s.amount;
        continue;
      }
      const line = ownSettlement ? s.order : lastLine;
      if (line !== undefined)
        errors.push({
          row: line,
          column: 'jumlah',
          code: 'csv.settlement.overdrawn',
          // Written as the member reads money, in every language: the CLI and the app show it as is.
          params: { contact: s.contactName, owed: formatRupiah(balance), date: s.date },
        });
      // The refused step is left out, so one bad row does not condemn every later one.
    }
  }
  return errors;
}

/** One count a day; one opening stock, on or before every other record and count of the book and the file. */
function stockErrors(
  counts: readonly PlannedStockCount[],
  rows: readonly ParsedRow[],
  existing: ImportCreditBook,
): CsvError[] {
  const errors: CsvError[] = [];
  const counted = (c: { date: BusinessDate; opening: boolean }) => (c.opening ? addDays(c.date, -1) : c.date);
  const days = new Set((existing.stockCounts ?? []).map(counted));
  let openings = (existing.stockCounts ?? []).filter((c) => c.opening).length;
  const first = [
    existing.firstRecordDate,
    ...rows.filter((r) => r.type !== 'openingStock').map((r) => r.date),
  ]
    .filter((d): d is BusinessDate => d !== undefined)
    .sort()[0];
  for (const c of counts) {
    const at = { row: c.line, column: 'tanggal' as const };
    if (days.has(counted(c))) errors.push({ ...at, code: 'csv.stock.sameDay', params: { date: c.date } });
    days.add(counted(c));
    if (!c.opening) continue;
    if ((openings += 1) > 1) errors.push({ ...at, column: 'jenis', code: 'csv.stock.openingTwice' });
    if (first !== undefined && first < c.date)
      errors.push({ ...at, code: 'csv.stock.openingNotFirst', params: { date: first } });
  }
  return errors;
}
