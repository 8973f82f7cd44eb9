import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtShapeAccepted } from '../../src/domain/statement/build-shape';
import { buildCreditStatement } from '../../src/domain/statement/credit-build';
import { creditStatementSchema } from '../../src/domain/statement/credit-schema';
import { statementSchema, STATEMENT_LIMITS } from '../../src/domain/statement/schema';
import { z } from '../../src/domain/zod';
import { tenunBook, tenunStatement, tenunStatementInput } from '../support/domain/credit-statement-fixture';
import { fixtureStatement } from '../support/domain/statement-fixture';

const PERIOD = { from: '2026-01-01', to: '2026-02-28' };

/** A deep copy of a statement, to change one member of it. */
const copyOf = <T>(value: T): T => structuredClone(value);

/** Values a member of a row may be given: of every type, and at and past the format's bounds. */
const cellValue = fc.oneof(
  fc.constantFrom(undefined, null, true, false, 0, -1, 1, 1.5, NaN, Infinity, 2 ** 53, '', 'K1'),
  fc.constantFrom('2026-02-30', '2026-01-15', '2026-01-15T10:00:00.000Z', 'in', 'out', 'beban', 'collect'),
  fc.constantFrom('x'.repeat(STATEMENT_LIMITS.name), 'x'.repeat(STATEMENT_LIMITS.name + 1)),
  fc.constantFrom('x'.repeat(STATEMENT_LIMITS.note + 1), { a: 1 }, [1]),
  fc.string({ maxLength: 12 }),
  fc.integer(),
);

/** The row lists a `/2` statement holds, and the members rows of each may have. */
const LISTS = {
  entries: ['id', 'date', 'direction', 'amount', 'kind', 'category', 'account', 'note', 'recordedAt'],
  settlements: ['id', 'date', 'type', 'contact', 'amount', 'account', 'recordedAt', 'imported'],
  stockCounts: ['date', 'value', 'opening'],
  carried: ['contact', 'side', 'date', 'dueDate', 'remaining'],
  openingItems: ['contact', 'side', 'date', 'dueDate', 'amount', 'note'],
} as const;
const extraMembers = ['paid', 'contact', 'dueDate', 'extra', 'imported'];

/** One change to a row of a list: a member set, removed or added, or the row replaced. */
const rowChange = fc.record({
  list: fc.constantFrom(...(Object.keys(LISTS) as (keyof typeof LISTS)[])),
  at: fc.nat(),
  member: fc.oneof(fc.constantFrom(...Object.values(LISTS).flat()), fc.constantFrom(...extraMembers)),
  how: fc.constantFrom('set', 'remove', 'inherit', 'replace'),
  value: cellValue,
});

type Change = typeof rowChange extends fc.Arbitrary<infer T> ? T : never;

/** The statement with the changes made (each to a row that exists; none when its list is empty). */
function changed(statement: object, changes: readonly Change[]): Record<string, unknown> {
  const copy = copyOf(statement) as Record<string, unknown[]>;
  for (const { list, at, member, how, value } of changes) {
    const rows = copy[list] ?? [];
    if (rows.length === 0) continue;
    const i = at % rows.length;
    const row = rows[i];
    // A row an earlier change replaced by something else takes no further change.
    if (typeof row !== 'object' || row === null) continue;
    if (how === 'set') (row as Record<string, unknown>)[member] = value;
    else if (how === 'remove') Reflect.deleteProperty(row, member);
    else if (how === 'replace') rows[i] = value;
    // A member only its prototype has: zod reads it (and refuses it when it is no member).
    else rows[i] = Object.assign(Object.create({ [member]: value }) as object, row);
  }
  return copy;
}

describe('the check of a built statement', () => {
  it('accepts the statements the app builds, /1 and /2', () => {
    const credit = tenunStatement(PERIOD);
    const plain = fixtureStatement({ from: '2026-01-01', to: '2026-06-30' });
    expect(credit.entries.length).toBeGreaterThan(0);
    expect(builtShapeAccepted(credit, creditStatementSchema)).toBe(true);
    expect(builtShapeAccepted(plain, statementSchema)).toBe(true);
  });

  it('accepts a changed statement exactly when the schema does', () => {
    const credit = tenunStatement(PERIOD);
    fc.assert(
      fc.property(fc.array(rowChange, { minLength: 1, maxLength: 3 }), (changes) => {
        const statement = changed(credit, changes);
        const parsed = creditStatementSchema.safeParse(statement).success;
        expect(builtShapeAccepted(statement, creditStatementSchema)).toBe(parsed);
      }),
      { numRuns: 400 },
    );
  });

  it('holds a changed identity or figure to the schema as well', () => {
    const credit = tenunStatement(PERIOD);
    const changes: [string, (s: Record<string, unknown>) => void][] = [
      ['business name too long', (s) => ((s.business as { name: string }).name = 'x'.repeat(201))],
      ['a fractional figure', (s) => ((s.profitAndLoss as { revenue: number }).revenue = 0.5)],
      ['a member the format has not', (s) => (s.extra = 1)],
      ['a list that is not one', (s) => (s.settlements = {})],
      ['no months', (s) => (s.months = [])],
    ];
    for (const [what, change] of changes) {
      const statement = copyOf(credit) as Record<string, unknown>;
      change(statement);
      expect(creditStatementSchema.safeParse(statement).success, what).toBe(false);
      expect(builtShapeAccepted(statement, creditStatementSchema), what).toBe(false);
    }
  });

  it('holds a list to its length bounds', () => {
    const schema = z.strictObject({ rows: z.array(z.strictObject({ a: z.int() })).max(2) });
    expect(builtShapeAccepted({ rows: [{ a: 1 }, { a: 1 }] }, schema)).toBe(true);
    expect(builtShapeAccepted({ rows: [{ a: 1 }, { a: 1 }, { a: 1 }] }, schema)).toBe(false);
    expect(schema.safeParse({ rows: [{ a: 1 }, { a: 1 }, { a: 1 }] }).success).toBe(false);
  });

  it('refuses a built statement the format cannot carry with the schema’s own problems', () => {
    const long = 'N'.repeat(STATEMENT_LIMITS.name + 1);
    const accounts = tenunBook().accounts.map((a) => ({ ...a, name: long }));
    const built = buildCreditStatement(tenunStatementInput(PERIOD, { accounts }));
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.errors[0]).toMatchObject({ code: 'statement.invalid', params: { issue: 'too_big' } });
  });
});
