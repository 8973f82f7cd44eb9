import { utf8 } from '../platform';
import { canonicalStatementPieces, type PlainTable } from './canonical-rows';

// A busy shop's signed bytes are nearly all its rows, and a file written by the app already holds
// each row exactly as the canonical form writes it, one a line. Those bytes are taken from the
// file as they are (the whitespace between rows left out) instead of writing the rows again and
// encoding them. Only a table whose text is canonical token by token is taken; anything else
// returns null, and the caller writes the canonical form the usual way.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;
const LETTER_T = 0x74;
const LETTER_F = 0x66;
/** The most digits an integer may have to be read and written back unchanged (below 2^53). */
const MAX_EXACT_DIGITS = 15;

const isWhitespace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isDigit = (c: number): boolean => c >= ZERO && c <= NINE;

/** The index of the quote that closes the string opening at `start` (the bytes are valid JSON). */
function stringEnd(bytes: Uint8Array, start: number): number {
  let at = bytes.indexOf(QUOTE, start + 1);
  for (;;) {
    let slashes = 0;
    while (bytes[at - 1 - slashes] === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return at;
    at = bytes.indexOf(QUOTE, at + 1);
  }
}

/** The end (exclusive) of the number at `start` when `JSON.stringify` writes it so, else -1. */
function canonicalNumberEnd(bytes: Uint8Array, start: number): number {
  let at = bytes[start] === MINUS ? start + 1 : start;
  const first = at;
  while (isDigit(bytes[at] as number)) at++;
  const digits = at - first;
  const next = bytes[at] as number;
  // A fraction or an exponent (`1.0`, `1e3`) may be written otherwise; `-0` is written `0`.
  if (next === 0x2e || next === 0x65 || next === 0x45) return -1;
  if (digits > MAX_EXACT_DIGITS || (bytes[first] === ZERO && (digits > 1 || first > start))) return -1;
  return at;
}

/** Where a table's cut rows end in the signed bytes, and where the table ends in the file. */
interface CutRows {
  written: number;
  end: number;
}

/**
 * The array opening at `start`, written into `out` from `at` without the whitespace between its
 * values, when each of its values is written as `JSON.stringify` writes it: arrays, strings
 * without a backslash, integers of at most 15 digits, `true` and `false`. Null for anything else.
 * `out` holds at least `at` plus the rest of the file.
 */
function cutCanonicalRows(bytes: Uint8Array, start: number, out: Uint8Array, at: number): CutRows | null {
  // The rest of the file copied once into place and closed up there over each run of whitespace,
  // so no view of the file is made for each row. The file's byte `j` is first at `j + shift`.
  out.set(bytes.subarray(start), at);
  const shift = at - start;
  let written = at;
  let run = start;
  let depth = 0;
  for (let i = start; i < bytes.length; i++) {
    const c = bytes[i] as number;
    if (c === QUOTE) {
      // Strings in rows are short: read byte by byte. One with an escape may be written
      // otherwise, so its bytes are not taken.
      let s = bytes[++i] as number;
      while (s !== QUOTE) {
        if (s === BACKSLASH) return null;
        s = bytes[++i] as number;
      }
    } else if (c === OPEN_ARRAY) {
      if (++depth > 2) return null;
    } else if (c === CLOSE_ARRAY) {
      if (--depth === 0) {
        out.copyWithin(written, run + shift, i + 1 + shift);
        return { written: written + i + 1 - run, end: i };
      }
    } else if (isWhitespace(c)) {
      out.copyWithin(written, run + shift, i + shift);
      written += i - run;
      while (isWhitespace(bytes[i + 1] as number)) i++;
      run = i + 1;
    } else if (c === MINUS || isDigit(c)) {
      const end = canonicalNumberEnd(bytes, i);
      if (end === -1) return null;
      i = end - 1;
    } else if (c === LETTER_T || c === LETTER_F) {
      i += c === LETTER_T ? 3 : 4;
    } else if (c !== COMMA) return null;
  }
  return null;
}

/** A key as read, when it is plain ASCII without escapes (the only keys compared); else empty. */
function plainKey(bytes: Uint8Array, start: number, end: number): string {
  if (end - start > 16) return '';
  let key = '';
  for (let i = start + 1; i < end; i++) {
    const c = bytes[i] as number;
    if (c === BACKSLASH || c >= 0x80) return '';
    key += String.fromCharCode(c);
  }
  return key;
}

/** Whether an array opening here is the value of `statement.<key>.rows`. */
const isTableRows = (path: readonly (string | null)[], key: string | undefined): boolean =>
  path.length === 3 && path[0] === 'statement' && path[2] === 'rows' && path[1] === key;

/**
 * The signed bytes: the canonical texts (`texts`) around the canonical rows of each table, cut
 * from the file into one buffer as they are met, each the array that is the value of
 * `statement.<key>.rows`, found by following the file's structure from its start. Null when one is
 * missing, not canonical, or met out of the canonical order (the app writes them in that order).
 */
function cutTables(bytes: Uint8Array, texts: readonly Uint8Array[], tables: readonly PlainTable[]) {
  // Room for every text and the whole file: the rows are cut from it and only shrink.
  const out = new Uint8Array(texts.reduce((sum, text) => sum + text.length, bytes.length));
  out.set(texts[0] as Uint8Array);
  let written = (texts[0] as Uint8Array).length;
  let next = 0;
  /** The key each open object is at (the array frames hold null). */
  const path: (string | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < bytes.length && next < tables.length; i++) {
    const c = bytes[i] as number;
    if (c === QUOTE) {
      const end = stringEnd(bytes, i);
      if (expectKey) path[path.length - 1] = plainKey(bytes, i, end);
      expectKey = false;
      i = end;
    } else if (c === OPEN_ARRAY && isTableRows(path, tables[next]?.key)) {
      const rows = cutCanonicalRows(bytes, i, out, written);
      if (rows === null) return null;
      const text = texts[++next] as Uint8Array;
      out.set(text, rows.written);
      written = rows.written + text.length;
      i = rows.end;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      path.push(c === OPEN_OBJECT ? '' : null);
      expectKey = c === OPEN_OBJECT;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      path.pop();
    } else if (c === COMMA) {
      expectKey = path[path.length - 1] !== null;
    } else if (c === COLON) {
      expectKey = false;
    }
  }
  return next === tables.length ? out.subarray(0, written) : null;
}

/**
 * The signed bytes of `signed` (the `statement` member the file's bytes parse to, duplicate keys
 * already refused), taking its rows from the file where they are written canonically; null when
 * they are not, or when it has no row tables. Equal to `canonicalBytes(signed)` whenever not null.
 */
export function signedBytesFromFile(file: Uint8Array, signed: unknown): Uint8Array | null {
  // Every row is checked token by token as it is cut: its cells need not be read first.
  const { texts, tables } = canonicalStatementPieces(signed, true);
  if (tables.length === 0) return null;
  return cutTables(file, texts.map(utf8), tables);
}

/**
 * The signed bytes of the statement member `signed` of a file read as `json` from `file`: cut from
 * the file when `signed` is that very member (not a copy the schema made) and its rows are canonical.
 */
export function signedBytesOfFile(
  file: Uint8Array | undefined,
  json: unknown,
  signed: unknown,
): Uint8Array | null {
  const member =
    typeof json === 'object' && json !== null ? (json as { statement?: unknown }).statement : undefined;
  return file !== undefined && member === signed ? signedBytesFromFile(file, signed) : null;
}
