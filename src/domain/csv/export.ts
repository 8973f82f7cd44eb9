import type { BusinessDate } from '../dates';
import type { CategoryKind } from '../kinds';
import type { Entry, Id, Transfer } from '../model';
import { fileNameSlug } from '../text';
import { CSV_COLUMNS } from './columns';
import { protectCell } from './export-cell';

/** What the export needs of a book to name its categories and accounts. */
export interface ExportBook {
  categories: readonly { id: Id; name: string; kind: CategoryKind }[];
  accounts: readonly { id: Id; name: string }[];
}

/** A row of the export before it is written: the cells in the order of `CSV_COLUMNS`. */
type Cells = readonly [string, string, string, string, string, string, string, string];

/**
 * Cells a spreadsheet or the import would misread unless quoted (RFC 4180, plus `;` for Excel in
 * id-ID): a quoted cell also keeps its spaces at either end and any control character, which the
 * import reads as binary junk only outside quotes.
 */
// eslint-disable-next-line no-control-regex -- control characters in a note must be quoted to survive
const NEEDS_QUOTES = /[",;\u0000-\u001f\u007f]|^\s|\s$/;

/** One cell as written: quoted with inner quotes doubled when it must be. */
const quote = (cell: string): string => (NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

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
): string {
  const category = new Map(book.categories.map((c) => [c.id, c]));
  const account = new Map(book.accounts.map((a) => [a.id, a.name]));
  const nameOf = (id: Id): string => {
    const name = account.get(id);
    if (name === undefined) throw new Error(`export: unknown account ${id}`);
    return name;
  };
  const rows: { date: string; recordedAt: string; id: string; cells: Cells }[] = [];
  for (const e of entries) {
    if (e.voided) continue;
    const c = category.get(e.categoryId);
    if (!c) throw new Error(`export: unknown category ${e.categoryId}`);
    const type = e.direction === 'in' ? 'masuk' : 'keluar';
    const cells: Cells = [e.date, type, String(e.amount), c.name, c.kind, nameOf(e.accountId), '', e.note];
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
    ];
    rows.push({ ...t, cells });
  }
  rows.sort(byDateThenRecorded);
  const TEXT_COLUMNS = new Set([3, 5, 6, 7]);
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => quote(TEXT_COLUMNS.has(i) ? protectCell(cell) : cell)).join(',');
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows.map((r) => line(r.cells))].join('\r\n')}\r\n`;
}

/** A file name for an export: the book's name made safe, and the period. */
export function csvFileName(bookName: string, from: BusinessDate, to: BusinessDate): string {
  return `lumbung-${fileNameSlug(bookName, 'buku')}-${from}_${to}.csv`;
}
