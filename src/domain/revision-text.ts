import { canonicalJson } from './canonical';

/** A revision's fields other than `hash`, in the order canonical JSON sorts them. */
const FIELDS = ['action', 'at', 'bookId', 'prevHash', 'reason', 'seq', 'snapshot', 'subjectId'] as const;
const FIELD_SET: ReadonlySet<string> = new Set<string>([...FIELDS, 'hash']);
/** Each field's name as canonical JSON writes it before the value, the first without a comma. */
const OPENERS = FIELDS.map((name) => `${JSON.stringify(name)}:`);

/** A plain object, as `JSON.parse` and object literals make them (or with no prototype), with no `toJSON`. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || 'toJSON' in value) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** A value written in canonical JSON without recursion: a string, a finite number, a boolean or null. */
function primitiveText(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return JSON.stringify(value);
  if (typeof value === 'number' && Number.isFinite(value)) return JSON.stringify(value);
  return null;
}

/** A snapshot's value in canonical JSON, or null when it is neither a primitive nor a plain object or array. */
function valueText(value: unknown): string | null {
  const primitive = primitiveText(value);
  if (primitive !== null) return primitive;
  return Array.isArray(value) || isPlainObject(value) ? canonicalJson(value) : null;
}

/** A snapshot in canonical JSON (its members sorted), or null when a value is of no known kind. */
function snapshotText(snapshot: Record<string, unknown>): string | null {
  let text = '';
  for (const key of Object.keys(snapshot).sort()) {
    const value = snapshot[key];
    if (value === undefined || typeof value === 'symbol') continue;
    const written = valueText(value);
    if (written === null) return null;
    text += `${text.length === 0 ? '' : ','}${JSON.stringify(key)}:${written}`;
  }
  return `{${text}}`;
}

/**
 * The canonical JSON of a revision without its `hash`, written field by field for the revision's
 * known shape (its fields plain strings, a finite `seq`, an optional `reason`, a plain snapshot),
 * so thousands of revisions are hashed without sorting and folding each one's members generically.
 * Null when the revision has any other shape: its caller then writes the generic canonical form,
 * which this text always equals when it is given.
 */
export function knownShapeText(revision: object): string | null {
  if (!isPlainObject(revision)) return null;
  for (const key in revision) if (!FIELD_SET.has(key)) return null;
  const fields = revision as Record<(typeof FIELDS)[number], unknown>;
  let text = '';
  for (let i = 0; i < FIELDS.length; i += 1) {
    const name = FIELDS[i] as (typeof FIELDS)[number];
    const value = fields[name];
    let written: string | null;
    if (name === 'snapshot') written = isPlainObject(value) ? snapshotText(value) : null;
    else if (name === 'seq') written = typeof value === 'number' ? primitiveText(value) : null;
    else if (name === 'reason' && value === undefined) continue;
    else written = typeof value === 'string' ? JSON.stringify(value) : null;
    if (written === null) return null;
    text += `${text.length === 0 ? '' : ','}${OPENERS[i] as string}${written}`;
  }
  return `{${text}}`;
}
