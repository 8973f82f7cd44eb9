import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeCsvError } from '../../src/cli/messages';
import { parseAmountCell, parseImportCsv } from '../../src/domain/csv';
import { formatThousands, parseRupiah } from '../../src/domain/money';
import { loadMessages, translate } from '../../src/i18n/translate';

const english = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const amount = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });
const prefix = fc.constantFrom('', 'Rp ', 'Rp', 'IDR ', 'rp. ');

describe('amounts written with a comma', () => {
  it('never read thousands grouped by commas as a fraction: they are refused with the Indonesian form', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: Number.MAX_SAFE_INTEGER }),
        prefix,
        fc.constantFrom('', '.00', '.0'),
        (n, p, cents) => {
          const written = `${p}${english.format(n)}${cents}`;
          expect(parseRupiah(written)).toEqual({
            ok: false,
            errors: [{ code: 'money.commaThousands', params: { suggestion: formatThousands(n) } }],
          });
          expect(parseAmountCell(written)).toEqual({
            ok: false,
            code: 'csv.amount.commaThousands',
            params: { suggestion: formatThousands(n) },
          });
        },
      ),
    );
  });

  it('read thousands grouped by dots or spaces, with or without ,00, as the whole amount', () => {
    fc.assert(
      fc.property(
        amount,
        prefix,
        fc.constantFrom('', ',00'),
        fc.constantFrom('.', ' ', ''),
        (n, p, cents, sep) => {
          const grouped = formatThousands(n).replace(/\./g, sep);
          expect(parseRupiah(`${p}${grouped}${cents}`)).toEqual({ ok: true, value: n });
        },
      ),
    );
  });

  it('allow only ,00 after a comma; any other fraction is refused', () => {
    expect(parseRupiah('25,000')).toMatchObject({ ok: false, errors: [{ code: 'money.commaThousands' }] });
    expect(parseRupiah('150,000')).toMatchObject({
      ok: false,
      errors: [{ params: { suggestion: '150.000' } }],
    });
    for (const text of ['25,5', '25,50', '25,0', '25,0000', '1.250,75', '12,500.50'])
      expect(parseRupiah(text), text).toMatchObject({ ok: false, errors: [{ code: 'money.fraction' }] });
    for (const text of ['1,5,0', '25,', ',00', '25,00,00']) expect(parseRupiah(text).ok, text).toBe(false);
    expect(parseRupiah('1.250.000,00')).toEqual({ ok: true, value: 1_250_000 });
    expect(parseRupiah('999,00')).toEqual({ ok: true, value: 999 });
  });

  it('make an import row say what to write instead, in Indonesian', async () => {
    await loadMessages('data');
    const parsed = parseImportCsv('tanggal,jenis,jumlah,kategori\n2026-03-02,masuk,"25,000",Penjualan\n');
    if (parsed.ok) expect.fail('a comma-grouped amount was accepted');
    const [error] = parsed.errors;
    expect(error).toEqual({
      row: 2,
      column: 'jumlah',
      code: 'csv.amount.commaThousands',
      params: { value: '25,000', suggestion: '25.000' },
    });
    if (!error) return;
    expect(describeCsvError(error).message).toContain('Tulis 25.000');
    expect(translate('id', `error.${error.code}`, error.params)).toBe(
      'Jumlah “25,000” memakai koma sebagai pemisah ribuan, padahal koma berarti sen. Tulis 25.000 (titik sebagai pemisah ribuan).',
    );
  });
});
