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
/** A statement-like object: some members, the row tables (or something else under their names). */
const statementLike = fc.record(
  {
    entries: fc.oneof(table, fc.jsonValue()),
    transfers: fc.oneof(table, fc.jsonValue()),
    business: fc.dictionary(text, text),
    months: fc.array(fc.dictionary(text, fc.integer()), { maxLength: 3 }),
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
      { numRuns: 300 },
    );
  });

  it('is exactly RFC 8785 for a busy shop statement in its compact form', () => {
    const compact = compactStatement(busyShopStatement(800));
    expect(canonicalStatementJson(compact)).toBe(canonicalJson(compact));
  });
});
