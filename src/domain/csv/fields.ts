import { makeBusinessDate, type BusinessDate } from '../dates';
import { isCategoryKind, type CategoryKind } from '../kinds';
import { isTooLong, NAME_MAX_LENGTH, NOTE_MAX_LENGTH } from '../limits';
import { parseRupiah, toRupiah, type MoneyErrorCode, type Rupiah } from '../money';
import { canonicalText } from '../text';
import type { CsvErrorCode } from './codes';
import { unprotectCell } from './export-cell';

/**
 * What a row means: money in, money out, money moved between two accounts, a collection or a
 * payment of a debt, a stock count, the opening stock, or an opening receivable or payable.
 */
export type RowType =
  | 'in'
  | 'out'
  | 'transfer'
  | 'collect'
  | 'pay'
  | 'stock'
  | 'openingStock'
  | 'openingReceivable'
  | 'openingPayable';

/** A field read from a cell, or the code of what is wrong with it (the limit it broke, or what to write instead). */
export type FieldResult<T> =
  { ok: true; value: T } | { ok: false; code: CsvErrorCode; params?: Record<string, string | number> };

const good = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const bad = <T>(code: CsvErrorCode, params?: Record<string, string | number>): FieldResult<T> =>
  params ? { ok: false, code, params } : { ok: false, code };
const tooLong = <T>(code: CsvErrorCode, max: number): FieldResult<T> => ({
  ok: false,
  code,
  params: { max },
});

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** `YYYY-MM-DD`, `DD/MM/YYYY` or `D/M/YYYY`, and a real calendar day. */
export function parseDateCell(cell: string): FieldResult<BusinessDate> {
  const text = cell.trim();
  if (text === '') return bad('csv.date.missing');
  const iso = ISO.exec(text);
  const dayFirst = DAY_FIRST.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : null;
  if (!parts) return bad('csv.date.format');
  const date = makeBusinessDate(Number(parts[0]), Number(parts[1]), Number(parts[2]));
  return date === null ? bad('csv.date.invalid') : good(date);
}

const TYPES: ReadonlyMap<string, RowType> = new Map([
  ['masuk', 'in'],
  ['in', 'in'],
  ['keluar', 'out'],
  ['out', 'out'],
  ['pindah', 'transfer'],
  ['transfer', 'transfer'],
  ['terima_piutang', 'collect'],
  ['collect', 'collect'],
  ['bayar_utang', 'pay'],
  ['pay', 'pay'],
  ['stok', 'stock'],
  ['stock_count', 'stock'],
  ['stok_awal', 'openingStock'],
  ['opening_stock', 'openingStock'],
  ['piutang_awal', 'openingReceivable'],
  ['opening_receivable', 'openingReceivable'],
  ['utang_awal', 'openingPayable'],
  ['opening_payable', 'openingPayable'],
]);

/** `masuk`/`in`, `keluar`/`out`, `pindah`/`transfer` and the kinds of row of debts and stock, in any letter case. */
export function parseTypeCell(cell: string): FieldResult<RowType> {
  const text = cell.trim().toLowerCase();
  if (text === '') return bad('csv.type.missing');
  const type = TYPES.get(text);
  return type ? good(type) : bad('csv.type.unknown');
}

const AMOUNT_CODES: Readonly<Record<MoneyErrorCode, CsvErrorCode>> = {
  'money.empty': 'csv.amount.missing',
  'money.notANumber': 'csv.amount.invalid',
  'money.fraction': 'csv.amount.fraction',
  'money.commaThousands': 'csv.amount.commaThousands',
  'money.negative': 'csv.amount.negative',
  'money.zero': 'csv.amount.zero',
  'money.tooLarge': 'csv.amount.tooLarge',
};

/** Whole Rupiah > 0, through the domain's one money parser. */
export function parseAmountCell(cell: string): FieldResult<Rupiah> {
  const parsed = parseRupiah(cell);
  if (parsed.ok) return good(parsed.value);
  const [error] = parsed.errors;
  return bad(AMOUNT_CODES[error?.code ?? 'money.notANumber'], error?.params);
}

/**
 * Whole Rupiah ≥ 0 where nothing is a valid value (what was paid now, a stock count): `0` and
 * `Rp 0` read as zero, anything else through the one money parser.
 */
export function parseZeroOrAmountCell(cell: string): FieldResult<Rupiah> {
  const parsed = parseRupiah(cell);
  const zero = toRupiah(0);
  if (!parsed.ok && parsed.errors[0]?.code === 'money.zero' && zero.ok) return good(zero.value);
  return parseAmountCell(cell);
}

/** An optional date (same formats as `tanggal`); undefined when the cell is empty. */
export function parseOptionalDateCell(cell: string): FieldResult<BusinessDate | undefined> {
  return cell.trim() === '' ? good(undefined) : parseDateCell(cell);
}

/** An optional kind code (any letter case); undefined when the cell is empty. */
export function parseKindCell(cell: string): FieldResult<CategoryKind | undefined> {
  const text = cell.trim().toLowerCase();
  if (text === '') return good(undefined);
  return isCategoryKind(text) ? good(text) : bad('csv.kind.unknown');
}

/** A category or account name in its canonical form, within the length limit ('' when the cell is empty); an export's guard `'` is dropped. */
export function parseNameCell(cell: string, tooLongCode: CsvErrorCode): FieldResult<string> {
  const name = canonicalText(unprotectCell(cell.trim()));
  return isTooLong(name, NAME_MAX_LENGTH) ? tooLong(tooLongCode, NAME_MAX_LENGTH) : good(name);
}

/**
 * A note within the length limit, kept exactly as written: names are tidied because they are
 * matched, a note is the member's own text (its spaces, tabs and line breaks included). An
 * export's guard `'` is dropped (see export-cell.ts).
 */
export function parseNoteCell(cell: string): FieldResult<string> {
  const note = unprotectCell(cell);
  return isTooLong(note, NOTE_MAX_LENGTH) ? tooLong('csv.note.tooLong', NOTE_MAX_LENGTH) : good(note);
}
