import { beforeAll, describe, expect, it } from 'vitest';
import { DISCIPLINE_WARNING_CODES } from '../../src/domain/reports';
import { STATEMENT_PROBLEM_CODES } from '../../src/domain/statement';
import { makeI18n } from '../../src/i18n/I18nProvider';
import { statementEn } from '../../src/i18n/statement.en';
import { statementId } from '../../src/i18n/statement.id';
import { isMessageKey, loadLanguage, loadMessages } from '../../src/i18n/translate';
import { KEYRING_ERROR_CODES } from '../../src/storage/keyring';

const CATALOGUES = { id: statementId, en: statementEn };

// The statement's words load with its screens, the officer's check and the command line.
beforeAll(() => loadMessages('statement'));

/** Codes the statement screens add: refused before reading, and refusals of the member's choices. */
const SCREEN_CODES = [
  'file.tooLarge',
  'file.unreadable',
  'statement.period.notWholeMonths',
  'statement.invalid',
  'statement.capacity.invalid',
  'statement.ratio.invalid',
  ...KEYRING_ERROR_CODES,
];

describe('the statement’s messages', () => {
  it('give every problem code of a statement a sentence in Indonesian and in English', async () => {
    await loadLanguage('en');
    const codes = [...STATEMENT_PROBLEM_CODES, ...SCREEN_CODES];
    expect(codes.filter((code) => !isMessageKey(`error.${code}`))).toEqual([]);
    for (const language of ['id', 'en'] as const) {
      const { problem } = makeI18n(language);
      for (const code of codes) {
        const text = problem({ code });
        expect(text, `${language} ${code}`).not.toMatch(/^Terjadi kesalahan|^An error/);
        expect(text.length).toBeGreaterThan(5);
      }
    }
    expect(makeI18n('id').problem({ code: 'signature.invalid' })).toBe(
      'Tanda tangan tidak cocok: laporan diubah setelah ditandatangani.',
    );
    expect(makeI18n('en').problem({ code: 'signature.invalid' })).toBe(
      'The signature does not match: the statement was changed after it was signed.',
    );
  });

  it('fill in the values a problem carries', () => {
    const { problem } = makeI18n('id');
    expect(
      problem({
        code: 'figures.mismatch',
        params: { field: 'profitAndLoss.revenue', stated: 5, computed: 4 },
      }),
    ).toBe('Angka profitAndLoss.revenue tertulis 5, hasil hitung ulang 4.');
  });

  it('name the three verdicts in large plain words in both languages', () => {
    expect([CATALOGUES.id['verify.verdict.genuine'], CATALOGUES.id['verify.verdict.altered']]).toEqual([
      'ASLI',
      'DIUBAH',
    ]);
    expect(CATALOGUES.id['verify.verdict.unreadable']).toBe('TIDAK BISA DIPERIKSA');
    expect(CATALOGUES.en['verify.verdict.unreadable']).toBe('CANNOT BE CHECKED');
  });

  it('word every discipline warning the domain can give', () => {
    const keys = DISCIPLINE_WARNING_CODES.map(
      (code) => `statement.warning.${code.replace('discipline.', '')}`,
    );
    expect(keys.filter((key) => !isMessageKey(key))).toEqual([]);
  });
});
