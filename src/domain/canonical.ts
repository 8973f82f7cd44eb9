import canonicalize from 'canonicalize';

/** What `sortedPlainCopy` answers for a value it does not copy. */
const NOT_PLAIN = Symbol('not plain');

/**
 * Whether a copy keeps this member name where it was added: an object lists index-like names
 * (digits) first, in number order, and setting `__proto__` would replace the copy's prototype.
 */
const plainMemberName = (key: string): boolean => {
  const first = key.charCodeAt(0);
  return !(first >= 48 && first <= 57) && key !== '__proto__';
};

/**
 * A copy of a value made only of plain objects, arrays and JSON scalars (strings, finite numbers,
 * booleans, null; undefined members and array items too), with every object's members added in
 * RFC 8785's order (by UTF-16 units) and undefined members left out; `NOT_PLAIN` for anything else
 * (a Date, a Map, a function, a symbol, NaN, a sparse array, a member named `1` or `__proto__`).
 */
function sortedPlainCopy(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'undefined':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : NOT_PLAIN;
    case 'object':
      break;
    default:
      return NOT_PLAIN;
  }
  if (value === null) return null;
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      const item = i in value ? sortedPlainCopy(value[i]) : NOT_PLAIN;
      if (item === NOT_PLAIN) return NOT_PLAIN;
      items.push(item);
    }
    return items;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return NOT_PLAIN;
  const record = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) {
    if (!plainMemberName(key)) return NOT_PLAIN;
    if (record[key] === undefined) continue;
    const member = sortedPlainCopy(record[key]);
    if (member === NOT_PLAIN) return NOT_PLAIN;
    copy[key] = member;
  }
  return copy;
}

/**
 * The RFC 8785 (JCS) canonical JSON text of a value. A value of plain objects, arrays and JSON
 * scalars (a revision, a row) is copied with its members in RFC 8785's order and written by one
 * native `JSON.stringify`, which writes scalars as RFC 8785 does; anything else goes through
 * `canonicalize`, value by value.
 */
export function canonicalJson(value: unknown): string {
  const copy = typeof value === 'object' && value !== null ? sortedPlainCopy(value) : NOT_PLAIN;
  const text = copy === NOT_PLAIN ? canonicalize(value) : JSON.stringify(copy);
  if (text === undefined) throw new TypeError('value has no JSON form');
  return text;
}
