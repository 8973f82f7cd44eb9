import { fail, ok, type Result } from './result';

declare const rupiahBrand: unique symbol;

/** Whole Rupiah as a safe integer. Made only by `toRupiah` or `parseRupiah`. */
export type Rupiah = number & { readonly [rupiahBrand]: true };

/** Codes for refused amounts; messages live in the i18n catalogue. */
export const MONEY_ERROR_CODES = [
  'money.empty',
  'money.notANumber',
  'money.fraction',
  'money.commaThousands',
  'money.negative',
  'money.zero',
  'money.tooLarge',
] as const;

/** A code for a refused amount. */
export type MoneyErrorCode = (typeof MONEY_ERROR_CODES)[number];

/** A refused amount: its code, and for `money.commaThousands` the amount written the Indonesian way. */
export interface MoneyError {
  code: MoneyErrorCode;
  params?: { suggestion: string };
}

/** Guards a number as whole Rupiah: a safe integer, not negative. Zero is allowed (a total can be 0). */
export function toRupiah(value: number): Result<Rupiah, MoneyError> {
  if (!Number.isFinite(value)) return fail({ code: 'money.notANumber' });
  if (!Number.isInteger(value)) return fail({ code: 'money.fraction' });
  if (!Number.isSafeInteger(value)) return fail({ code: 'money.tooLarge' });
  if (value < 0) return fail({ code: 'money.negative' });
  return ok(value as Rupiah);
}

/** A guarded signed amount (totals, profit, balances): a safe integer that may be negative. */
export function assertSafeInteger(value: number, what = 'amount'): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} is not a safe integer: ${value}`);
  return value;
}

/** Adds whole-Rupiah integers, refusing to leave the safe-integer range. */
export function addMoney(a: number, b: number): number {
  return assertSafeInteger(a + b, 'sum');
}

const CURRENCY_PREFIX = /^(?:rp\.?|idr)\s*/i;
const SPACES = /[\s\u00a0\u202f]/g;

/** Thousands grouped with commas, the English way (`25,000`, `1,250,000.00`). */
const COMMA_GROUPS = /^\d{1,3}(?:,\d{3})+(?:\.0{1,2})?$/;

/** What a comma in an amount means: `,00` is an empty fraction; anything else is refused. */
function readComma(s: string): { ok: true; whole: string } | { ok: false; error: MoneyError } {
  if (!s.includes(',')) return { ok: true, whole: s };
  if (COMMA_GROUPS.test(s)) {
    // `25,000` is twenty-five thousand to whoever wrote it, and 25 to an Indonesian reading: ask.
    const value = Number(s.replace(/\.\d+$/, '').replace(/,/g, ''));
    if (!Number.isSafeInteger(value)) return { ok: false, error: { code: 'money.tooLarge' } };
    return {
      ok: false,
      error: { code: 'money.commaThousands', params: { suggestion: formatThousands(value) } },
    };
  }
  if (/^[\d.]*\d,00$/.test(s)) return { ok: true, whole: s.slice(0, -3) };
  const fraction = /^[\d.]*\d,\d+$/.test(s) || /^\d{1,3}(?:,\d{3})+\.\d+$/.test(s);
  return { ok: false, error: { code: fraction ? 'money.fraction' : 'money.notANumber' } };
}

/**
 * Parses an amount as typed or imported: `1250000`, `1.250.000`, `1 250 000`, `Rp 1.250.000`,
 * `IDR 1.250.000`, `1.250.000,00`. Refuses empty text, fractions, negatives, zero and unsafe values.
 * A comma starts a fraction, and only `,00` is allowed: `25,000` is refused with the Indonesian
 * form (`25.000`) as a suggestion, never read as Rp 25.
 */
export function parseRupiah(text: string): Result<Rupiah, MoneyError> {
  let s = text.trim();
  if (s === '') return fail({ code: 'money.empty' });
  let negative = false;
  if (s.startsWith('-') || s.startsWith('\u2212')) {
    negative = true;
    s = s.slice(1).trim();
  }
  s = s.replace(CURRENCY_PREFIX, '');
  if (s.startsWith('-') || s.startsWith('\u2212')) {
    negative = true;
    s = s.slice(1);
  }
  const comma = readComma(s.replace(SPACES, ''));
  if (!comma.ok) return fail(comma.error);
  s = comma.whole;
  if (!/^\d{1,3}(?:\.\d{3})*$/.test(s) && !/^\d+$/.test(s)) {
    return fail({ code: /^\d+\.\d{1,2}$/.test(s) ? 'money.fraction' : 'money.notANumber' });
  }
  const digits = s.replace(/\./g, '');
  if (digits.length > 16 || !Number.isSafeInteger(Number(digits))) return fail({ code: 'money.tooLarge' });
  const value = Number(digits);
  if (negative) return fail({ code: 'money.negative' });
  if (value === 0) return fail({ code: 'money.zero' });
  return ok(value as Rupiah);
}

// Written out rather than with Intl.NumberFormat: a signed statement's PDF is drawn again by the
// officer's viewer and compared byte for byte, so an amount must read the same on every device,
// whatever locale data its browser or Node carries.

/**
 * Whole units with thousands grouped by `separator`, sign first: `groupDigits(-1250000, '.')` is
 * `-1.250.000`.
 */
export function groupDigits(value: number, separator: string): string {
  const digits = String(Math.abs(Math.trunc(value)));
  let out = '';
  for (let end = digits.length; end > 0; end -= 3)
    out = digits.slice(Math.max(0, end - 3), end) + (out === '' ? '' : separator + out);
  return value < 0 ? `-${out}` : out;
}

/** Formats whole Rupiah as `Rp 1.250.000` (negative: `-Rp 1.250.000`), with an ordinary space. */
export function formatRupiah(value: number): string {
  const grouped = groupDigits(Math.abs(value), '.');
  return value < 0 ? `-Rp ${grouped}` : `Rp ${grouped}`;
}

/** Formats an integer with Indonesian thousands separators and no currency: `1.250.000`. */
export function formatThousands(value: number): string {
  return groupDigits(value, '.');
}

/** Short form for chart axes: `850rb`, `1,2jt`, `3M` (one decimal at most, rounded half up). */
export function formatRupiahShort(value: number): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  const short = (unit: number, name: string) => {
    const tenths = Math.round(abs / (unit / 10));
    const fraction = tenths % 10;
    return `${sign}${groupDigits(Math.floor(tenths / 10), '.')}${fraction === 0 ? '' : `,${fraction}`}${name}`;
  };
  if (abs >= 1e9) return short(1e9, 'M');
  if (abs >= 1e6) return short(1e6, 'jt');
  if (abs >= 1e3) return short(1e3, 'rb');
  return `${sign}${abs}`;
}
