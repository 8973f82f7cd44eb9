import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../src/domain/defaults';
import { CATEGORY_KINDS, KIND_RULES, directionOf, isCategoryKind, kindsFor } from '../../src/domain/kinds';

/** The table of docs/domain.md#kinds-of-category, copied by hand: code, direction, P&L line, cash flow. */
const TABLE = [
  ['pendapatan', 'in', 'revenue', 'operating'],
  ['pendapatan_lain', 'in', 'otherIncome', 'operating'],
  ['hpp', 'out', 'cogs', 'operating'],
  ['beban', 'out', 'operatingExpenses', 'operating'],
  ['beban_lain', 'out', 'otherExpenses', 'operating'],
  ['modal', 'in', null, 'financing'],
  ['prive', 'out', null, 'financing'],
  ['pinjaman_masuk', 'in', null, 'financing'],
  ['angsuran_pokok', 'out', null, 'financing'],
  ['beli_aset', 'out', null, 'investing'],
  ['jual_aset', 'in', null, 'investing'],
] as const;

describe('kinds of category', () => {
  it('are exactly the eleven of the domain reference, in its order', () => {
    expect(CATEGORY_KINDS).toEqual(TABLE.map(([code]) => code));
  });

  it.each(TABLE)('%s goes %s, feeds P&L line %s and cash-flow group %s', (kind, direction, line, group) => {
    expect(directionOf(kind)).toBe(direction);
    expect(KIND_RULES[kind]).toEqual({ direction, profitAndLoss: line, cashFlow: group });
  });

  it('split by direction', () => {
    expect(kindsFor('in')).toEqual(['pendapatan', 'pendapatan_lain', 'modal', 'pinjaman_masuk', 'jual_aset']);
    expect(kindsFor('out')).toEqual(['hpp', 'beban', 'beban_lain', 'prive', 'angsuran_pokok', 'beli_aset']);
  });

  it('recognise only their own codes', () => {
    expect(isCategoryKind('hpp')).toBe(true);
    expect(isCategoryKind('HPP')).toBe(false);
    expect(isCategoryKind('toString')).toBe(false);
    expect(isCategoryKind('')).toBe(false);
  });

  it('are all covered by the default categories of a new book', () => {
    expect(new Set(DEFAULT_CATEGORIES.map((c) => c.kind))).toEqual(new Set(CATEGORY_KINDS));
  });
});
