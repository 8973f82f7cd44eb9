import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatThousands } from '../../src/domain/money';
import { signStatement, statementJson } from '../../src/domain/statement';
import { VerifyScreen } from '../../src/features/verify/VerifyScreen';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import { tenunStatement } from '../support/domain/credit-statement-fixture';
import { testSigner } from '../support/domain/statement-fixture';

describe('Periksa laporan of a /2 statement', () => {
  it('shows the position at both ends of the period and the debts by age beside ASLI', async () => {
    const statement = tenunStatement({ from: '2026-02-01', to: '2026-02-28' });
    const file = await signStatement(statement, await testSigner());
    render(
      <I18nProvider language="id">
        <VerifyScreen backHref="#/" />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    await user.upload(
      screen.getByLabelText('Pilih berkas laporan'),
      new File([statementJson(file)], 'laporan-tenun-2026-02.json'),
    );
    const verdict = await screen.findByTestId('verdict', {}, { timeout: 10000 });
    expect(verdict.textContent).toBe('ASLI');
    const card = await screen.findByTestId('verify-position');
    expect(card.textContent).toContain('Laporan posisi keuangan (neraca)');
    const { opening, closing } = statement.position;
    expect(screen.getByTestId('verify-opening-receivables').textContent).toBe(
      formatThousands(opening.receivables),
    );
    expect(screen.getByTestId('verify-closing-totalAssets').textContent).toBe(
      formatThousands(closing.totalAssets),
    );
    expect(screen.getByTestId('verify-aging-1-notDue').textContent).toBe(
      formatThousands(statement.payables.aging.notDue),
    );
  });
});
