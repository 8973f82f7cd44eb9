/**
 * Arrays of a parsed value whose every element is an array of strings, numbers, booleans and nulls
 * (so they hold no members), and the colons inside all those strings: what a reader that read them
 * cell by cell counted, for the strict count to leave them out of its own walk.
 */
export interface CountedArrays {
  arrays: readonly object[];
  count: number;
}

/** Why a text is not strict JSON: not JSON at all, or an object naming one member twice. */
export type StrictJsonProblem =
  { code: 'json.syntax' } | { code: 'json.duplicateKey'; key: string; path: string };

/** The value of a strict JSON text, or why it is refused. */
export type StrictJsonResult = { ok: true; value: unknown } | { ok: false; problem: StrictJsonProblem };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** The longest key a problem repeats back (a forged file may name a member with megabytes). */
const MAX_KEY_SHOWN = 60;

/** An open object (with the keys seen so far and the current one) or an open array (with its index). */
interface Frame {
  keys: Set<string> | null;
  key: string;
  index: number;
}

/** The index of the quote that closes the string opening at `start` (the text is valid JSON). */
function stringEnd(text: string, start: number): number {
  let at = text.indexOf('"', start + 1);
  for (;;) {
    let slashes = 0;
    while (text.charCodeAt(at - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return at;
    at = text.indexOf('"', at + 1);
  }
}

/** Where a member sits, as the schema reports paths: `statement.entries.3.amount`. */
const pathOf = (stack: readonly Frame[]): string =>
  stack.map((frame) => (frame.keys ? frame.key : String(frame.index))).join('.');

/**
 * The first repeated member name in a text already known to be valid JSON, with its path. Strings
 * are skipped with `indexOf`, so the scan stays a single fast pass over large files; only keys are
 * read, and a key is unescaped only when it holds a backslash (`"a"` and `"\u0061"` are the same name).
 */
function firstDuplicateKey(text: string): { key: string; path: string } | null {
  const stack: Frame[] = [];
  let top: Frame | undefined;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (expectKey && top?.keys) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        top.key = key.slice(0, MAX_KEY_SHOWN);
        if (top.keys.has(key)) return { key: top.key, path: pathOf(stack) };
        top.keys.add(key);
        expectKey = false;
      }
      i = end;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      top = { keys: c === OPEN_OBJECT ? new Set() : null, key: '', index: 0 };
      stack.push(top);
      expectKey = c === OPEN_OBJECT;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      stack.pop();
      top = stack[stack.length - 1];
      expectKey = false;
    } else if (c === COMMA && top) {
      if (top.keys) expectKey = true;
      else top.index++;
    }
  }
  return null;
}

/** How many times `:` occurs in a text. */
export function colonsIn(text: string): number {
  let count = 0;
  for (let at = text.indexOf(':'); at !== -1; at = text.indexOf(':', at + 1)) count++;
  return count;
}

/** The colons inside a string, or 0 for any other primitive. */
const colonsOf = (value: unknown): number =>
  typeof value === 'string' && value.includes(':') ? colonsIn(value) : 0;

/**
 * The members of every object in a parsed value, plus every `:` inside its keys and strings. Each
 * array's or object's own primitives are counted where they stand and only nested arrays and
 * objects are queued: a busy shop's rows are arrays of primitives, so its rows are walked once, each
 * cell read in the loop itself (a call per cell was most of the walk).
 */
function membersAndColons(value: unknown, counted: CountedArrays | null): number {
  let total = colonsOf(value) + (counted?.count ?? 0);
  const skipped = counted === null ? null : new Set<unknown>(counted.arrays);
  const pending: object[] = typeof value === 'object' && value !== null ? [value] : [];
  while (pending.length > 0) {
    const item = pending.pop() as object;
    if (Array.isArray(item)) {
      for (let i = 0; i < item.length; i++) {
        const child: unknown = item[i];
        if (typeof child === 'string') {
          if (child.includes(':')) total += colonsIn(child);
        } else if (typeof child === 'object' && child !== null && !skipped?.has(child)) pending.push(child);
      }
    } else {
      const record = item as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        total += key.includes(':') ? 1 + colonsIn(key) : 1;
        const child = record[key];
        if (typeof child === 'object' && child !== null) {
          if (!skipped?.has(child)) pending.push(child);
        } else total += colonsOf(child);
      }
    }
  }
  return total;
}

/**
 * Whether a text escapes a colon (`\u003a` or `\u003A`), which puts a `:` in a parsed string that
 * the text does not show as one. Searched as plain text, not with a case-blind pattern: a statement
 * is megabytes long and seldom escapes anything.
 */
function escapesColon(text: string): boolean {
  for (let at = text.indexOf('\\u003'); at !== -1; at = text.indexOf('\\u003', at + 1)) {
    const next = text.charCodeAt(at + 5);
    if (next === 0x61 || next === 0x41) return true;
  }
  return false;
}

/**
 * Parses JSON strictly: a member named twice in one object is refused. `JSON.parse` keeps the last
 * of two, while a person reading the file, or another parser, may take the first, so a file that
 * says two things is never read as either. Used for every statement and backup the app reads.
 *
 * The check is a count, so a large file costs little more than `JSON.parse`: each member of the
 * text has exactly one `:` outside strings, so the text's colons equal the parsed members plus the
 * colons inside the parsed strings exactly when no member was dropped; any duplicate makes the text
 * count larger. Only then (or when a colon is escaped) is the text scanned to name the member.
 * A reader that reads some arrays cell by cell anyway may count them there (`countedBy`), and the
 * walk then leaves them out.
 */
export function parseStrictJson(
  text: string,
  countedBy: (value: unknown) => CountedArrays | null = () => null,
): StrictJsonResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'json.syntax' } };
  }
  if (!escapesColon(text) && colonsIn(text) === membersAndColons(value, countedBy(value)))
    return { ok: true, value };
  const duplicate = firstDuplicateKey(text);
  return duplicate
    ? { ok: false, problem: { code: 'json.duplicateKey', ...duplicate } }
    : { ok: true, value };
}
