import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRupiah, formatThousands, parseRupiah, toRupiah } from '../../src/domain/money';

const parsed = (text: string) => {
  const result = parseRupiah(text);
  return result.ok ? result.value : result.errors[0]?.code;
};

describe('parseRupiah', () => {
  it('reads back every safe amount it formats, with and without the currency', () => {
    const amount = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });
    fc.assert(fc.property(amount, (n) => parsed(formatRupiah(n)) === n && parsed(formatThousands(n)) === n));
  });

  it('formats the way a member reads money', () => {
    expect(formatRupiah(1_250_000)).toBe('Rp 1.250.000');
    expect(formatThousands(1_250_000)).toBe('1.250.000');
  });

  it.each([
    ['Rp 1.250.000', 1_250_000],
    ['1.250.000', 1_250_000],
    ['1250000', 1_250_000],
    ['1.250.000,00', 1_250_000],
    ['IDR 1.250.000', 1_250_000],
    ['Rp1.250.000', 1_250_000],
    ['1 250 000', 1_250_000],
    ['  5000  ', 5_000],
  ])('reads %j as %i', (text, amount) => {
    expect(parsed(text)).toBe(amount);
  });

  it.each([
    ['1.250.000,50', 'money.fraction'],
    ['1250,5', 'money.fraction'],
    ['12.5', 'money.fraction'],
    ['-5000', 'money.negative'],
    ['Rp -5.000', 'money.negative'],
    ['0', 'money.zero'],
    ['Rp 0', 'money.zero'],
    ['', 'money.empty'],
    ['   ', 'money.empty'],
    ['9.007.199.254.740.992', 'money.tooLarge'],
    ['99999999999999999999', 'money.tooLarge'],
    ['abc', 'money.notANumber'],
    ['12a', 'money.notANumber'],
    ['1.25.000', 'money.notANumber'],
    ['Rp', 'money.notANumber'],
  ])('refuses %j with %s', (text, code) => {
    expect(parsed(text)).toBe(code);
  });
});

describe('toRupiah', () => {
  it('accepts safe integers and refuses the rest', () => {
    expect(toRupiah(0).ok).toBe(true);
    expect(toRupiah(Number.MAX_SAFE_INTEGER).ok).toBe(true);
    expect(toRupiah(1.5)).toEqual({ ok: false, errors: [{ code: 'money.fraction' }] });
    expect(toRupiah(Number.MAX_SAFE_INTEGER + 1)).toEqual({
      ok: false,
      errors: [{ code: 'money.tooLarge' }],
    });
    expect(toRupiah(Number.NaN)).toEqual({ ok: false, errors: [{ code: 'money.notANumber' }] });
  });

  it('refuses negative amounts', () => {
    expect(toRupiah(-5000)).toEqual({ ok: false, errors: [{ code: 'money.negative' }] });
  });
});
