import { describe, expect, it } from 'vitest';
import { writtenStatement, type Statement } from '../../src/domain/statement';
import { fullFormProblem } from '../../src/domain/statement/full-form-size';
import { statementEn } from '../../src/i18n/statement.en';
import { statementId } from '../../src/i18n/statement.id';
import { busyShopStatement } from '../support/domain/busy-book';

/** A busy statement whose ids the compact form cannot carry (a space), so it is written in full. */
const withSpacedIds = (s: Statement): Statement => ({
  ...s,
  entries: s.entries.map((e, i) => ({ ...e, id: `entri ${i}` })),
});

describe('a busy book whose rows force the full form', () => {
  const statement = withSpacedIds(busyShopStatement(600));

  it('is refused when the full form would pass the limit, saying how large it is and why', () => {
    expect('codes' in writtenStatement(statement)).toBe(false);
    expect(fullFormProblem(statement, 100_000)).toEqual({
      code: 'statement.tooLarge',
      params: { size: expect.stringMatching(/^\d+ MB$/), max: '1 MB', rows: 612 },
    });
    expect(statementId['error.statement.tooLarge']).toContain('bentuk ringkas');
    expect(statementEn['error.statement.tooLarge']).toContain('compact form');
  });

  it('is made when the full form stays within the limit, and a compact one never needs the check', () => {
    expect(fullFormProblem(statement)).toBeNull();
    expect(fullFormProblem(busyShopStatement(600), 100_000)).toBeNull();
  });
});
