import type { BusinessDate } from '../dates';
import type { CategoryKind } from '../kinds';
import type { Entry, Id, Transfer } from '../model';
import type { Contact, OpeningItem, Settlement, StockCount } from '../credit/records';
import { fileNameSlug } from '../text';
import { ALL_CSV_COLUMNS, CSV_COLUMNS } from './columns';
import { protectCell } from './export-cell';
import { openingRows, type PeriodOpening } from './export-opening';

/** What the export needs of a book to name its categories and accounts. */
export interface ExportBook {
  categories: readonly { id: Id; name: string; kind: CategoryKind }[];
  accounts: readonly { id: Id; name: string }[];
}

/** A row of the export before it is written: the cells in the order of `ALL_CSV_COLUMNS`. */
export type Cells = readonly [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

/** A book's records of debts and stock, for the export; none for a plain cash book. */
export interface ExportCredit {
  contacts: readonly Pick<Contact, 'id' | 'name'>[];
  settlements: readonly Settlement[];
  stockCounts: readonly StockCount[];
  openingItems: readonly OpeningItem[];
  /** For a period after the book's first day: what its rows need of the book before it. */
  opening?: PeriodOpening | undefined;
}

/**
 * Cells a spreadsheet or the import would misread unless quoted (RFC 4180, plus `;` for Excel in
 * id-ID): a quoted cell also keeps its spaces at either end and any control character, which the
 * import reads as binary junk only outside quotes.
 */
// eslint-disable-next-line no-control-regex -- control characters in a note must be quoted to survive
const NEEDS_QUOTES = /[",;\u0000-\u001f\u007f]|^\s|\s$/;

/** One cell as written: quoted with inner quotes doubled when it must be. */
export const quote = (cell: string): string =>
  NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;

/** Orders rows the way the ledger reads: by date, then when they were recorded, then by id. */
const byDateThenRecorded = (
  a: { date: string; recordedAt: string; id: string },
  b: { date: string; recordedAt: string; id: string },
) => a.date.localeCompare(b.date) || a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id);

/**
 * Writes a book's entries and transfers (voided ones left out: they count nowhere) in the import
 * format, so that importing the file into a book gives the same rows back. Text cells are guarded
 * against formula injection with a leading `'` (see export-cell.ts); amounts stay plain integers;
 * the file starts with a BOM and ends lines with CRLF, as spreadsheets expect.
 */
export function entriesToCsv(
  entries: readonly Entry[],
  transfers: readonly Transfer[],
  book: ExportBook,
  credit?: ExportCredit,
): string {
  const category = new Map(book.categories.map((c) => [c.id, c]));
  const account = new Map(book.accounts.map((a) => [a.id, a.name]));
  const nameOf = (id: Id): string => {
    const name = account.get(id);
    if (name === undefined) throw new Error(`export: unknown account ${id}`);
    return name;
  };
  const contact = new Map((credit?.contacts ?? []).map((c) => [c.id, c.name]));
  const contactOf = (id: Id | undefined): string => {
    if (id === undefined) return '';
    const name = contact.get(id);
    if (name === undefined) throw new Error(`export: unknown contact ${id}`);
    return name;
  };
  const rows: ExportRow[] = [];
  for (const e of entries) {
    if (e.voided) continue;
    const c = category.get(e.categoryId);
    if (!c) throw new Error(`export: unknown category ${e.categoryId}`);
    const type = e.direction === 'in' ? 'masuk' : 'keluar';
    const owed = e.paid === undefined ? '' : String(e.paid);
    const cells: Cells = [
      e.date,
      type,
      String(e.amount),
      c.name,
      c.kind,
      nameOf(e.accountId),
      '',
      e.note,
      contactOf(e.contactId),
      owed,
      e.dueDate ?? '',
    ];
    rows.push({ ...e, cells });
  }
  for (const t of transfers) {
    if (t.voided) continue;
    const cells: Cells = [
      t.date,
      'pindah',
      String(t.amount),
      '',
      '',
      nameOf(t.fromAccountId),
      nameOf(t.toAccountId),
      t.note,
      '',
      '',
      '',
    ];
    rows.push({ ...t, cells });
  }
  rows.push(...creditRows(credit, nameOf, contactOf));
  rows.sort(byDateThenRecorded);
  const TEXT_COLUMNS = new Set([3, 5, 6, 7, 8]);
  // A plain cash book is written with today's eight columns, exactly as before.
  const width =
    credit || entries.some((e) => e.contactId !== undefined) ? ALL_CSV_COLUMNS.length : CSV_COLUMNS.length;
  const line = (cells: readonly string[]) =>
    cells
      .slice(0, width)
      .map((cell, i) => quote(TEXT_COLUMNS.has(i) ? protectCell(cell) : cell))
      .join(',');
  const header = ALL_CSV_COLUMNS.slice(0, width).join(',');
  return `\uFEFF${[header, ...rows.map((r) => line(r.cells))].join('\r\n')}\r\n`;
}

/** A row of the export with what orders it. */
export interface ExportRow {
  date: string;
  recordedAt: string;
  id: string;
  cells: Cells;
}

/** The settlements, stock counts and opening items as rows of the import format (voided ones left out). */
function creditRows(
  credit: ExportCredit | undefined,
  accountOf: (id: Id) => string,
  contactOf: (id: Id) => string,
): ExportRow[] {
  if (!credit) return [];
  const rows: ExportRow[] = credit.opening ? openingRows(credit.opening, accountOf, contactOf) : [];
  for (const s of credit.settlements.filter((r) => !r.voided)) {
    const type = s.type === 'collect' ? 'terima_piutang' : 'bayar_utang';
    const cells: Cells = [
      s.date,
      type,
      String(s.amount),
      '',
      '',
      accountOf(s.accountId),
      '',
      s.note,
      contactOf(s.contactId),
      '',
      '',
    ];
    rows.push({ ...s, cells });
  }
  for (const c of credit.stockCounts.filter((r) => !r.voided)) {
    const cells: Cells = [
      c.date,
      c.opening ? 'stok_awal' : 'stok',
      String(c.value),
      '',
      '',
      '',
      '',
      c.note,
      '',
      '',
      '',
    ];
    rows.push({ ...c, cells });
  }
  for (const o of credit.openingItems.filter((r) => !r.voided)) {
    const type = o.side === 'receivable' ? 'piutang_awal' : 'utang_awal';
    const cells: Cells = [
      o.date,
      type,
      String(o.amount),
      '',
      '',
      '',
      '',
      o.note,
      contactOf(o.contactId),
      '',
      o.dueDate ?? '',
    ];
    rows.push({ ...o, cells });
  }
  return rows;
}

/** A file name for an export: the book's name made safe, and the period. */
export function csvFileName(bookName: string, from: BusinessDate, to: BusinessDate): string {
  return `lumbung-${fileNameSlug(bookName, 'buku')}-${from}_${to}.csv`;
}
