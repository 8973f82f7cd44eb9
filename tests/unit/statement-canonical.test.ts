import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/domain/canonical';
import { compactStatement } from '../../src/domain/statement';
import { canonicalStatementJson } from '../../src/domain/statement/canonical-rows';
import { busyShopStatement } from '../support/domain/busy-book';

/** Any text, lone surrogates and control characters included. */
const text = fc.string({ unit: 'binary', maxLength: 12 });
const cell = fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean());
const table = fc.record({
  columns: fc.array(text, { maxLength: 3 }),
  rows: fc.array(fc.array(cell, { maxLength: 8 })),
});
/** Numbers RFC 8785 writes in every form: small and unsafe integers, negative zero, fractions, exponents. */
const number = fc.oneof(
  fc.integer(),
  fc.constantFrom(-0, 2 ** 53, 2 ** 53 + 2, -(2 ** 60), 1e21, 1e-7, Number.MAX_SAFE_INTEGER),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
/** A member name: any text, the names of statement rows, and `toJSON` (which canonicalize treats apart). */
const member = fc.oneof(
  text,
  fc.constantFrom('id', 'date', 'amount', 'note', 'toJSON', '__proto__', 'constructor', '10', '2'),
);
/** A flat row: members holding strings, numbers, booleans, or undefined (an absent member). */
const flatRow = fc.dictionary(member, fc.oneof(text, number, fc.boolean(), fc.constant(undefined)), {
  maxKeys: 8,
});
/** A list of rows, mostly flat, now and then holding a nested value, null or a non-row. */
const rowList = fc.oneof(
  fc.array(flatRow, { maxLength: 6 }),
  fc.array(fc.oneof(flatRow, fc.jsonValue()), { maxLength: 4 }),
);
/** A statement-like object: some members, the row tables (or something else under their names). */
const statementLike = fc.record(
  {
    entries: fc.oneof(table, rowList, fc.jsonValue()),
    transfers: fc.oneof(table, fc.jsonValue()),
    business: fc.dictionary(text, text),
    months: fc.array(fc.dictionary(text, fc.integer()), { maxLength: 3 }),
    settlements: rowList,
    carried: rowList,
    [String.fromCharCode(0xe9)]: fc.jsonValue(),
  },
  { requiredKeys: [] },
);

describe('the canonical text of a statement', () => {
  it('is exactly RFC 8785 (canonicalize) for any statement-like value, tables of rows or not', () => {
    fc.assert(
      fc.property(fc.oneof(statementLike, fc.jsonValue()), (value) => {
        expect(canonicalStatementJson(value)).toBe(canonicalJson(value));
      }),
      { numRuns: 500 },
    );
  });

  it('writes lists of rows as RFC 8785 does: sorted members, escapes, lone surrogates, large numbers', () => {
    const rows = [
      { note: 'a"b\\c\u0001\ud800', amount: 2 ** 53 + 2, id: 'x', z: -0, b: true, gone: undefined },
      { é: 1e21, E: 1e-7, '10': 'ten', '2': 'two', id: '\udfff\u2028' },
      { toJSON: 'not a function', a: 1 },
    ];
    for (const list of [rows, rows.slice(0, 2), [{}], []])
      expect(canonicalStatementJson({ settlements: list, entries: list })).toBe(
        canonicalJson({ settlements: list, entries: list }),
      );
  });

  it('is exactly RFC 8785 for a busy shop statement in its compact form', () => {
    const compact = compactStatement(busyShopStatement(800));
    expect(canonicalStatementJson(compact)).toBe(canonicalJson(compact));
  });
});
