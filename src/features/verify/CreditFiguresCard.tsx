import { formatThousands } from '../../domain/money';
import type { Statement } from '../../domain/statement';
import { AGING_BUCKETS, POSITION_LINES, POSITION_TOTALS } from '../../domain/statement/credit-lines';
import { isCreditStatement } from '../../domain/statement/credit-schema';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * A `/2` statement's position at the period's start and end and its debts by age, read from the
 * figures the statement states (not from its rows), for the officer beside the verdict.
 */
export function CreditFiguresCard({ statement }: { statement: Statement }) {
  const { t, date } = useI18n();
  if (!isCreditStatement(statement)) return null;
  const { opening, closing } = statement.position;
  const sides = [statement.receivables, statement.payables];
  return (
    // The position table's scroll region carries the heading's name: a second landmark of that name would repeat it.
    <section className="card" data-testid="verify-position">
      <h2 id="verify-position-h">{t('statementCredit.position')}</h2>
      <div className="table-scroll" role="region" aria-labelledby="verify-position-h" tabIndex={0}>
        <table className="report-table position-table">
          <thead>
            <tr>
              <th scope="col">{t('statementCredit.line')}</th>
              <th scope="col">{date(opening.date)}</th>
              <th scope="col">{date(closing.date)}</th>
            </tr>
          </thead>
          <tbody>
            {POSITION_LINES.map((key) => (
              <tr key={key} className={POSITION_TOTALS.has(key) ? 'position-total' : undefined}>
                <th scope="row">{t(`statementCredit.${key}`)}</th>
                <td data-testid={`verify-opening-${key}`}>{formatThousands(opening[key])}</td>
                <td data-testid={`verify-closing-${key}`}>{formatThousands(closing[key])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('statementCredit.aging', { date: date(statement.period.to) })}</h3>
      <div className="table-scroll" role="region" aria-label={t('statementCredit.agingSide')} tabIndex={0}>
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{t('statementCredit.agingSide')}</th>
              <th scope="col">{t('statementCredit.receivables')}</th>
              <th scope="col">{t('statementCredit.payables')}</th>
            </tr>
          </thead>
          <tbody>
            {AGING_BUCKETS.map((bucket) => (
              <tr key={bucket}>
                <th scope="row">{t(`statementCredit.${bucket}`)}</th>
                {sides.map((side, i) => (
                  <td key={i} data-testid={`verify-aging-${i}-${bucket}`}>
                    {formatThousands(side.aging[bucket])}
                  </td>
                ))}
              </tr>
            ))}
            <tr className="position-total">
              <th scope="row">{t('statementCredit.contact')}</th>
              {sides.map((side, i) => (
                <td key={i}>{t('statementCredit.contacts', { count: side.contacts })}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
