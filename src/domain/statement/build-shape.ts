import { z } from '../zod';

/** A check of a list's rows: true only when every row certainly passes the list's element schema. */
type RowsCheck = (rows: readonly unknown[]) => boolean;

/** How long a list may be, when its schema checks nothing but that; null for any other check. */
function lengthBounds(list: z.ZodArray): { min: number; max: number } | null {
  let min = 0;
  let max = Infinity;
  for (const check of list._zod.def.checks ?? []) {
    const def: { check?: string; minimum?: unknown; maximum?: unknown } = check._zod.def;
    if (def.check === 'max_length' && typeof def.maximum === 'number') max = Math.min(max, def.maximum);
    else if (def.check === 'min_length' && typeof def.minimum === 'number') min = Math.max(min, def.minimum);
    else return null;
  }
  return { min, max };
}

/** Whether a value is what a zod object reads members from: an object that is not an array. */
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The rows check of a list of strict objects, read as zod reads one: each row an object with no
 * member (own or inherited) outside the element's shape, each member of the shape present unless it
 * is optional, and each value present passing that member's own schema. A strict object without
 * checks of its own accepts exactly such rows, so this proves what parsing each row would, while
 * each distinct value of a member is parsed once (a year's rows repeat their dates, categories,
 * accounts and contacts). Null for a list of another kind.
 */
function rowsCheckOf(element: z.ZodType): RowsCheck | null {
  if (!(element instanceof z.ZodObject)) return null;
  const def = element._zod.def;
  if ((def.checks ?? []).length > 0 || !(def.catchall instanceof z.ZodNever)) return null;
  const shape: Record<string, z.ZodType> = element.shape;
  const keys = new Set(Object.keys(shape));
  const fields = [...keys].map((key) => {
    const schema = shape[key] as z.ZodType;
    // Zod lets such a member be absent; any other must be there, whatever its schema says of undefined.
    const omittable = schema._zod.optin === 'optional' && schema._zod.optout === 'optional';
    return { key, schema, omittable };
  });
  return (rows) => {
    const accepted = fields.map(() => new Set<unknown>());
    // The value each member had in the row before: sorted rows repeat it, and comparing costs less.
    const previous: unknown[] = fields.map(() => NaN);
    for (const row of rows) {
      if (!isRecord(row)) return false;
      for (const key in row) if (!keys.has(key)) return false;
      for (let i = 0; i < fields.length; i++) {
        const { key, schema, omittable } = fields[i] as (typeof fields)[number];
        if (!(key in row)) {
          if (omittable) continue;
          return false;
        }
        const value = row[key];
        if (value === previous[i]) continue;
        const seen = accepted[i] as Set<unknown>;
        if (!seen.has(value)) {
          if (!schema.safeParse(value).success) return false;
          seen.add(value);
        }
        previous[i] = value;
      }
    }
    return true;
  };
}

/** The rows checks of a statement schema's list members, by member name (worked out once per schema). */
const listChecks = new WeakMap<
  z.ZodObject,
  Map<string, { bounds: { min: number; max: number }; rows: RowsCheck }>
>();

function listChecksOf(schema: z.ZodObject) {
  const known = listChecks.get(schema);
  if (known) return known;
  const checks = new Map<string, { bounds: { min: number; max: number }; rows: RowsCheck }>();
  for (const [key, member] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    if (!(member instanceof z.ZodArray)) continue;
    const bounds = lengthBounds(member);
    const rows = rowsCheckOf(member.element as z.ZodType);
    // A list that may not be empty stays in the parse of the rest, which sees it as empty.
    if (bounds && bounds.min === 0 && rows) checks.set(key, { bounds, rows });
  }
  listChecks.set(schema, checks);
  return checks;
}

/**
 * Whether a statement the app built certainly passes `schema`, a strict object schema of a
 * statement: its row lists by their rows checks and lengths, the rest (identity, figures, small
 * lists) by parsing it with those lists empty. True proves that `schema.safeParse` succeeds; false
 * proves nothing (the caller then parses the whole, for the problems to report). Only for what the
 * builder made: a file read in is parsed by its schema in full.
 */
export function builtShapeAccepted(statement: unknown, schema: z.ZodType): boolean {
  if (!(schema instanceof z.ZodObject) || !isRecord(statement)) return false;
  // The rest is parsed as a copy of its own members: nothing may come from elsewhere.
  if (Object.getPrototypeOf(statement) !== Object.prototype) return false;
  const def = schema._zod.def;
  if ((def.checks ?? []).length > 0 || !(def.catchall instanceof z.ZodNever)) return false;
  const rest: Record<string, unknown> = { ...statement };
  for (const [key, check] of listChecksOf(schema)) {
    const rows = statement[key];
    if (!Array.isArray(rows)) continue;
    if (rows.length < check.bounds.min || rows.length > check.bounds.max || !check.rows(rows)) return false;
    rest[key] = [];
  }
  return schema.safeParse(rest).success;
}
