import { useState } from 'react';
import { defaultCapacityCosts, type CapacityMonth, type Statement } from '../../domain/statement';
import { formatRupiah } from '../../domain/money';
import { useI18n } from '../../i18n/I18nProvider';
import { AmountInput } from '../../ui/AmountInput';
import { Money } from '../../ui/Money';
import { TextField } from '../../ui/TextField';
import { officerCapacity, type OfficerField, type OfficerInputs } from './officer-capacity';
import { PERCENT_INPUT_MAX_LENGTH } from '../statement/numbers';
import '../statement/view/statement-view.css';
import './CapacityCalculator.css';

/**
 * The officer's own judgement, recomputed as they type: their cooperative's ratio, household costs
 * and instalments (starting from the statement's), and a proposed loan's instalment against RPC.
 */
export function CapacityCalculator({
  statement,
  capacity,
  ratio = 60,
}: {
  statement: Statement;
  /** Each month's net profit, prive and angsuran pokok, when `statement` holds only its first entries. */
  capacity?: readonly CapacityMonth[] | undefined;
  /** The ratio to start from, in percent: the branch's own when the server knows it. */
  ratio?: number;
}) {
  const { t } = useI18n();
  const stated = statement.repaymentCapacity;
  const averages = defaultCapacityCosts(capacity ?? statement);
  const [inputs, setInputs] = useState<OfficerInputs>({
    ratio: String(ratio),
    householdCosts: String(stated.householdCosts),
    existingInstalments: String(stated.existingInstalments),
    amount: '',
    months: '12',
    monthlyRate: '1,5',
  });
  const result = officerCapacity(capacity ?? statement, inputs);
  const set = (field: OfficerField) => (value: string) => setInputs((now) => ({ ...now, [field]: value }));
  const wrong = (field: OfficerField, key: Parameters<typeof t>[0]) =>
    result.invalid.includes(field) ? t(key) : undefined;
  return (
    <section className="card calculator" aria-labelledby="calc-h">
      <h2 id="calc-h">{t('verify.calc.title')}</h2>
      <p className="help">{t('verify.calc.intro')}</p>
      <TextField
        label={t('verify.calc.ratio')}
        value={inputs.ratio}
        inputMode="decimal"
        autoComplete="off"
        maxLength={PERCENT_INPUT_MAX_LENGTH}
        onChange={(e) => set('ratio')(e.target.value)}
        error={wrong('ratio', 'statement.error.ratio')}
      />
      <AmountInput
        label={t('statement.capacity.h')}
        digits={inputs.householdCosts}
        onChange={set('householdCosts')}
        error={wrong('householdCosts', 'statement.error.amount')}
      />
      <p className="field-hint">
        {t('verify.calc.priveAverage', { amount: formatRupiah(averages.householdCosts) })}
      </p>
      <AmountInput
        label={t('statement.capacity.i')}
        digits={inputs.existingInstalments}
        onChange={set('existingInstalments')}
        error={wrong('existingInstalments', 'statement.error.amount')}
      />
      <p className="field-hint">
        {t('verify.calc.pokokAverage', { amount: formatRupiah(averages.existingInstalments) })}
      </p>
      <dl className="figure-list calc-result" aria-live="polite">
        <div>
          <dt>{t('statement.capacity.m')}</dt>
          <dd>
            <Money value={result.averageNetProfit} />
          </dd>
        </div>
        <div className="strong">
          <dt>{t('statement.capacity.rpc')}</dt>
          <dd data-testid="officer-rpc">{result.rpc === null ? '—' : <Money value={result.rpc} />}</dd>
        </div>
      </dl>
      <h3>{t('verify.calc.loan')}</h3>
      <AmountInput
        label={t('verify.calc.amount')}
        digits={inputs.amount}
        onChange={set('amount')}
        error={wrong('amount', 'statement.error.amount')}
      />
      <TextField
        label={t('verify.calc.months')}
        value={inputs.months}
        inputMode="numeric"
        autoComplete="off"
        maxLength={3}
        onChange={(e) => set('months')(e.target.value)}
        error={wrong('months', 'verify.calc.monthsError')}
      />
      <TextField
        label={t('verify.calc.rate')}
        value={inputs.monthlyRate}
        inputMode="decimal"
        autoComplete="off"
        maxLength={PERCENT_INPUT_MAX_LENGTH}
        onChange={(e) => set('monthlyRate')(e.target.value)}
        error={wrong('monthlyRate', 'verify.calc.rateError')}
      />
      <div aria-live="polite" data-testid="loan-result">
        {result.loan && (
          <p className={result.loan.fits ? 'loan-fits' : 'loan-exceeds'}>
            {t(result.loan.fits ? 'verify.calc.fits' : 'verify.calc.exceeds', {
              instalment: formatRupiah(result.loan.instalment),
              headroom: formatRupiah(Math.abs(result.loan.headroom)),
            })}
          </p>
        )}
      </div>
    </section>
  );
}
