import { render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadOfficeMessages } from '../../src/backoffice/messages';
import { StatementScreen } from '../../src/backoffice/statements/StatementScreen';
import type { StatementDetail } from '../../src/backoffice/statements/types';
import { formatThousands } from '../../src/domain/money';
import { signStatement, verifyStatement } from '../../src/domain/statement';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import type { Language } from '../../src/i18n/translate';
import { tenunStatement } from '../support/domain/credit-statement-fixture';
import { testSigner } from '../support/domain/statement-fixture';

const PERIOD = { from: '2026-02-01', to: '2026-02-28' };

/** The server's answer for a genuine `/2` statement of the tenun book, as the office opens it. */
async function genuineDetail(): Promise<{
  detail: StatementDetail;
  statement: ReturnType<typeof tenunStatement>;
}> {
  const statement = tenunStatement(PERIOD);
  const envelope = await signStatement(statement, await testSigner());
  const verified = await verifyStatement(JSON.stringify(envelope));
  const detail: StatementDetail = {
    ...{ id: '6f1f7a52-5c0e-4c53-9d2c-1b2f6f4d2a10', memberNumber: 'KSP-0777', period: PERIOD },
    ...{ verdict: 'genuine', receivedAt: '2026-03-05T03:00:00.000Z', fingerprint: verified.fingerprint },
    witnessed: { total: 0, within1d: 0, within3d: 0, within7d: 0, never: 0 },
    ...{ problems: [], witness: [], statement: envelope, branch: 'Sikka', memberName: 'Ina Bala' },
    ...{ source: 'officer', uploadedBy: 'ani', capacityRatio: 60, lateArrivals: null },
  };
  return { detail, statement };
}

async function openAs(language: Language, detail: StatementDetail) {
  await loadOfficeMessages(language);
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(detail), { status: 200 })),
  );
  return render(
    <I18nProvider language={language}>
      <StatementScreen id={detail.id} />
    </I18nProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe("the back office's view of a /2 statement", () => {
  it('shows the position at both ends of the period and the debts by age beside ASLI', async () => {
    const { detail, statement } = await genuineDetail();
    const { container } = await openAs('id', detail);
    expect((await screen.findByTestId('verdict', {}, { timeout: 10000 })).textContent).toBe('ASLI');
    const card = screen.getByTestId('verify-position');
    expect(card.textContent).toContain('Laporan posisi keuangan (neraca)');
    expect(card.textContent).toContain('Belum jatuh tempo');
    const { opening, closing } = statement.position;
    expect(screen.getByTestId('verify-opening-receivables').textContent).toBe(
      formatThousands(opening.receivables),
    );
    expect(screen.getByTestId('verify-closing-totalAssets').textContent).toBe(
      formatThousands(closing.totalAssets),
    );
    expect(screen.getByTestId('verify-aging-0-notDue').textContent).toBe(
      formatThousands(statement.receivables.aging.notDue),
    );
    const report = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(report.violations.map((violation) => violation.id)).toEqual([]);
  });

  it('names the position and the aging in English for an English-speaking officer', async () => {
    const { detail, statement } = await genuineDetail();
    await openAs('en', detail);
    expect((await screen.findByTestId('verdict', {}, { timeout: 10000 })).textContent).toBe('GENUINE');
    const card = screen.getByTestId('verify-position');
    expect(card.textContent).toContain('Statement of financial position');
    expect(card.textContent).toContain('Not yet due');
    expect(screen.getByTestId('verify-closing-payables').textContent).toBe(
      formatThousands(statement.position.closing.payables),
    );
  });
});
