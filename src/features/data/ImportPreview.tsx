import { useState } from 'react';
import { CATEGORY_KINDS } from '../../domain/kinds';
import { useI18n } from '../../i18n/I18nProvider';
import type { ImportRecord } from '../../storage';
import { Money } from '../../ui/Money';
import type { CsvCheck } from './csv-check';
import { importCreditCounts } from './import-credit-counts';

type Ready = Extract<CsvCheck, { ok: true }>;

/**
 * What an import will write, before anything is: rows by type (with contacts, settlements, stock
 * counts and opening items), the period, the amount per kind, new categories and accounts, and a
 * warning (to be acknowledged) when the same file came before.
 */
export function ImportPreview(props: {
  check: Ready;
  earlier: readonly ImportRecord[];
  timeZone: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, date, instant } = useI18n();
  const [again, setAgain] = useState(false);
  const { plan, period } = props.check;
  const last = props.earlier[0];
  const credit = importCreditCounts(plan, t);
  const kinds = CATEGORY_KINDS.filter((kind) => plan.totalsByKind[kind] !== 0);
  return (
    <section className="import-preview" aria-labelledby="import-preview-h">
      <h3 id="import-preview-h">{t('data.import.preview')}</h3>
      <p data-testid="import-rows">
        {t('data.import.rows', {
          rows: plan.counts.rows,
          entries: plan.counts.entries,
          transfers: plan.counts.transfers,
          from: date(period.from),
          to: date(period.to),
        })}
      </p>
      {credit && <p data-testid="import-credit">{credit}</p>}
      {kinds.length > 0 && (
        <table className="kind-totals">
          <caption>{t('data.import.byKind')}</caption>
          <tbody>
            {kinds.map((kind) => (
              <tr key={kind} data-testid={`import-total-${kind}`}>
                <th scope="row">{t(`kind.${kind}`)}</th>
                <td>
                  <Money value={plan.totalsByKind[kind]} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {plan.newCategories.length > 0 && (
        <p className="help">
          {t('data.import.newCategories', { names: plan.newCategories.map((c) => c.name).join(', ') })}
        </p>
      )}
      {plan.newAccounts.length > 0 && (
        <p className="help">
          {t('data.import.newAccounts', { names: plan.newAccounts.map((a) => a.name).join(', ') })}
        </p>
      )}
      {last && (
        <div className="warning" role="alert">
          <p>
            {t('data.import.duplicate', {
              when: instant(last.at, props.timeZone),
              entries: last.counts.entries + last.counts.transfers,
            })}
          </p>
          <label className="check">
            <input type="checkbox" checked={again} onChange={(e) => setAgain(e.target.checked)} />
            {t('data.import.duplicateConfirm')}
          </label>
        </div>
      )}
      <div className="row-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={Boolean(last) && !again}
          onClick={props.onConfirm}
        >
          {t('data.import.confirm', { rows: plan.counts.rows })}
        </button>
        <button type="button" className="btn" onClick={props.onCancel}>
          {t('data.cancel')}
        </button>
      </div>
    </section>
  );
}
