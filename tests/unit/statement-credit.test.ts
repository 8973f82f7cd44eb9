import { beforeAll, describe, expect, it } from 'vitest';
import { formatRupiah } from '../../src/domain/money';
import {
  signStatement,
  statementJson,
  verdictReasons,
  verifyStatement,
  type StatementFile,
  type StatementSigner,
} from '../../src/domain/statement';
import type { CreditStatement } from '../../src/domain/statement/credit-schema';
import { reasonMessage } from '../../src/i18n/verdict-reasons';
import { loadLanguage } from '../../src/i18n/translate';
import { readFixture } from '../support/fixture';
import { tenunStatement } from '../support/domain/credit-statement-fixture';
import { testSigner } from '../support/domain/statement-fixture';

const expected = JSON.parse(readFixture('tenun-ina-2026q1.expected.json')) as {
  periods: (Record<string, unknown> & { period: { from: string; to: string } })[];
};
const FEBRUARY = { from: '2026-02-01', to: '2026-02-28' };
let signer: StatementSigner;
let file: StatementFile;

beforeAll(async () => {
  await loadLanguage('en');
  signer = await testSigner();
  file = await signStatement(tenunStatement(FEBRUARY), signer);
});

/** The signed February file changed by `edit` (on a copy), as JSON text. */
function tampered(edit: (s: CreditStatement) => void): string {
  const copy = structuredClone(file);
  edit(copy.statement as CreditStatement);
  return statementJson(copy);
}

const codes = (r: { problems: { code: string; params?: Record<string, unknown> }[] }) =>
  r.problems.map((p) => `${p.code}${p.params?.field ? `:${String(p.params.field)}` : ''}`);

describe('the /2 statement of a book with debts and stock', () => {
  it('is made in format /2 and carries the hand-worked positions and aging of each period', () => {
    for (const want of expected.periods) {
      const s = tenunStatement(want.period, { showContactNames: true });
      expect(s.position).toEqual(want.position);
      expect(s.receivables).toEqual(want.receivables);
      expect(s.payables).toEqual(want.payables);
      expect(s.carried).toEqual(want.carried);
    }
  });

  it('shows contacts under pseudonyms unless the member chooses names', () => {
    const s = tenunStatement(FEBRUARY);
    expect(s.contactsNamed).toBe(false);
    expect(s.carried.map((c) => c.contact)).toEqual(['K1', 'K2', 'K1']);
    expect(JSON.stringify(s)).not.toContain('Bu Rina');
  });

  it('is genuine when verified as signed', async () => {
    expect(file.format).toBe('lumbung.statement/2');
    const result = await verifyStatement(statementJson(file));
    expect(codes(result)).toEqual([]);
    expect(result.verdict).toBe('genuine');
  });

  it('is altered when a position figure, an aging bucket or a carried item is changed', async () => {
    const repainted = await verifyStatement(
      tampered((s) => {
        s.position.closing.cash += 1000;
        s.position.closing.totalAssets += 1000;
        s.position.closing.retainedEarnings += 1000;
        s.position.closing.totalEquity += 1000;
      }),
    );
    expect(repainted.verdict).toBe('altered');
    expect(codes(repainted)).toContain('figures.mismatch:position.closing.cash');
    const aged = await verifyStatement(
      tampered((s) => {
        s.receivables.aging.days1to30 -= 100000;
        s.receivables.aging.notDue += 100000;
      }),
    );
    expect(codes(aged)).toContain('figures.mismatch:receivables.aging.notDue');
    const carried = await verifyStatement(
      tampered((s) => {
        const item = s.carried[0];
        if (item) item.remaining += 50000;
      }),
    );
    expect(codes(carried)).toContain('figures.mismatch:position.opening.receivables');
  });

  it('names a changed position line or aging bucket in plain words, never by its path', async () => {
    const stated = file.statement as CreditStatement;
    const result = await verifyStatement(
      tampered((s) => {
        s.receivables.aging.days1to30 -= 100000;
        s.receivables.aging.notDue += 100000;
        s.position.closing.cash += 1000;
        s.position.closing.totalAssets += 1000;
        s.position.closing.retainedEarnings += 1000;
        s.position.closing.totalEquity += 1000;
      }),
    );
    const said = (language: 'id' | 'en') => verdictReasons(result).map((r) => reasonMessage(language, r));
    const rp = formatRupiah;
    expect(said('id')).toEqual(
      expect.arrayContaining([
        `Piutang usaha (Belum jatuh tempo) tertulis ${rp(stated.receivables.aging.notDue + 100000)}, hasil hitung ${rp(stated.receivables.aging.notDue)}.`,
        `Kas dan setara kas di akhir periode tertulis ${rp(stated.position.closing.cash + 1000)}, hasil hitung ${rp(stated.position.closing.cash)}.`,
      ]),
    );
    expect(said('en')).toEqual(
      expect.arrayContaining([
        `Cash and cash equivalents at the end of the period is stated as ${rp(stated.position.closing.cash + 1000)}; recomputed, it is ${rp(stated.position.closing.cash)}.`,
      ]),
    );
    for (const sentence of said('id')) expect(sentence).not.toMatch(/[a-z][A-Za-z]*\.[A-Za-z0-9]/);
  });

  it('is altered when a settlement is more than the contact owed', async () => {
    const result = await verifyStatement(
      tampered((s) => {
        const collect = s.settlements[0];
        if (collect) collect.amount = 5_000_000;
      }),
    );
    expect(result.verdict).toBe('altered');
    expect(codes(result)).toContain('credit.overdrawn');
  });
});
