import { beforeAll, describe, expect, it } from 'vitest';
import { storageProblemText } from '../../src/features/data/import-problems';
import { problemText } from '../../src/features/form/use-problem-text';
import { makeI18n } from '../../src/i18n/I18nProvider';
import { loadLanguage, loadMessages } from '../../src/i18n/translate';

const overdrawn = {
  code: 'credit.overdrawn' as const,
  params: { contact: 'Bu Sari', side: 'receivable', date: '2026-11-20', owed: 1_250_000 },
};

beforeAll(async () => {
  await loadMessages('data');
  await loadLanguage('en');
});

describe('a refusal naming what a contact owed', () => {
  it('reads the amount as money and the day as a date in Indonesian', () => {
    expect(problemText(overdrawn, makeI18n('id'))).toBe(
      'Tidak bisa: utang Bu Sari pada 20 Nov 2026 hanya Rp 1.250.000.',
    );
  });

  it('reads the amount as money and the day as a date in English', () => {
    expect(problemText(overdrawn, makeI18n('en'))).toBe(
      'Not possible: Bu Sari owed only Rp 1.250.000 on 20 Nov 2026.',
    );
  });

  it('reads the same way when an import is refused for it, with its line', () => {
    const text = storageProblemText(
      { ...overdrawn, params: { ...overdrawn.params, line: 7 } },
      makeI18n('en'),
    );
    expect(text).toContain('Rp 1.250.000 on 20 Nov 2026');
    expect(text).toContain('7');
  });
});
