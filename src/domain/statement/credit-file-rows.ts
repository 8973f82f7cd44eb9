import type { OutstandingItem } from '../credit/aging';
import type { Contact, OpeningItem, Settlement } from '../credit/records';
import { addDays } from '../dates';
import type { Entry, Id } from '../model';
import type { AccountRef } from '../reports';
import type { StockLevel } from '../stock/levels';
import type { CreditStatement, CreditStatementEntry } from './credit-schema';
import type { Statement } from './schema';

/** What the rows `/2` adds are made from. */
export interface CreditRowsInput {
  /** The `/1` statement of the period: its entries get what was paid and the contact (in place). */
  base: Pick<Statement, 'period' | 'entries'>;
  entries: readonly Entry[];
  settlements: readonly Settlement[];
  openingItems: readonly OpeningItem[];
  contacts: readonly Pick<Contact, 'id' | 'name'>[];
  accounts: readonly AccountRef[];
  /** What remained at the day before the period of each item dated before it. */
  carried: readonly OutstandingItem[];
  /** The book's stock levels up to the period's end. */
  stock: readonly StockLevel[];
  showContactNames?: boolean | undefined;
  omitNotes?: boolean | undefined;
}

/** The rows a `/2` statement adds or extends. */
export type CreditFileRows = Pick<
  CreditStatement,
  'entries' | 'settlements' | 'stockCounts' | 'carried' | 'openingItems' | 'contactsNamed'
>;

const due = (d: string | undefined) => (d === undefined ? {} : { dueDate: d });

/**
 * Names contacts the way the file shows them: by name when the member chooses, else `K1`, `K2`, …
 * in order of first appearance (by date: carried items, then opening items, entries, settlements).
 */
function contactNamer(
  input: CreditRowsInput,
  byId: ReadonlyMap<Id, Entry>,
  inPeriod: (d: string) => boolean,
): (id: Id) => string {
  const names = new Map(input.contacts.map((c) => [c.id, c.name]));
  if (input.showContactNames === true) return (id) => names.get(id) ?? id;
  const seen: { date: string; id: Id }[] = [
    ...input.carried.map((c) => ({ date: c.date, id: c.contactId })),
    ...input.openingItems
      .filter((o) => !o.voided && inPeriod(o.date))
      .map((o) => ({ date: o.date, id: o.contactId })),
  ];
  for (const e of input.base.entries) {
    const id = byId.get(e.id)?.contactId;
    if (id !== undefined) seen.push({ date: e.date, id });
  }
  for (const s of input.settlements)
    if (!s.voided && inPeriod(s.date)) seen.push({ date: s.date, id: s.contactId });
  const pseudonyms = new Map<Id, string>();
  for (const { id } of seen.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)))
    if (!pseudonyms.has(id)) pseudonyms.set(id, `K${pseudonyms.size + 1}`);
  return (id) => pseudonyms.get(id) ?? id;
}

/** The period's rows as a `/2` file carries them, contacts named or pseudonymous. */
export function creditFileRows(input: CreditRowsInput): CreditFileRows {
  const { from, to } = input.base.period;
  const inPeriod = (d: string) => d >= from && d <= to;
  // Only an entry with a contact or a stated `paid` adds anything to its row; most have neither.
  const byId = new Map<Id, Entry>();
  for (const e of input.entries) if (e.contactId !== undefined || e.paid !== undefined) byId.set(e.id, e);
  const contact = contactNamer(input, byId, inPeriod);
  const omit = input.omitNotes === true;
  const note = (text: string) => (omit || text === '' ? {} : { note: text });
  const accounts = new Map(input.accounts.map((a) => [a.id, a.name]));
  const entries = input.base.entries.map((row) => {
    const e = byId.get(row.id);
    // The `/1` rows are made for this statement alone: each gets its `/2` members in place (after
    // the others, as a copy would have them) rather than copied, since a busy year has many.
    const credit: CreditStatementEntry = Object.assign(row, { paid: e?.paid ?? row.amount });
    if (e?.contactId === undefined) return credit;
    credit.contact = contact(e.contactId);
    if (credit.paid < row.amount && e.dueDate !== undefined) credit.dueDate = e.dueDate;
    return credit;
  });
  const settlements = input.settlements
    .filter((s) => !s.voided && inPeriod(s.date))
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) || a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id),
    )
    .map((s) => ({
      id: s.id,
      date: s.date,
      type: s.type,
      contact: contact(s.contactId),
      amount: s.amount,
      account: accounts.get(s.accountId) ?? s.accountId,
      ...note(s.note),
      recordedAt: s.recordedAt,
      imported: s.source === 'import',
    }));
  const levels = [...input.stock].filter((l) => l.count > 0).sort((a, b) => (a.date < b.date ? -1 : 1));
  const lastBefore = levels.filter((l) => l.date < from).at(-1);
  const stockCounts = levels
    .filter((l) => l === lastBefore || inPeriod(l.date))
    // The opening stock keeps its own date: it stands for the day before.
    .map((l) => ({ date: l.opening ? addDays(l.date, 1) : l.date, value: l.amount, opening: l.opening }));
  const openingItems = input.openingItems
    .filter((o) => !o.voided && inPeriod(o.date))
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) || a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id),
    )
    .map((o) => ({
      contact: contact(o.contactId),
      side: o.side,
      date: o.date,
      ...due(o.dueDate),
      amount: o.amount,
      ...note(o.note),
    }));
  const carried = input.carried.map((c) => ({
    contact: contact(c.contactId),
    side: c.side,
    date: c.date,
    ...due(c.dueDate),
    remaining: c.remaining,
  }));
  return {
    entries,
    settlements,
    stockCounts,
    carried,
    openingItems,
    contactsNamed: input.showContactNames === true,
  };
}
