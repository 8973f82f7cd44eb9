import type { Account } from '../../domain/model';
import type { CashFlow } from '../../domain/reports';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/id';
import { Money } from '../../ui/Money';

const GROUPS: ReadonlyArray<{ key: keyof Omit<CashFlow, 'accounts'>; label: MessageKey; note: MessageKey }> =
  [
    { key: 'openingBalance', label: 'reports.cf.opening', note: 'reports.cf.opening.note' },
    { key: 'operating', label: 'reports.cf.operating', note: 'reports.cf.operating.note' },
    { key: 'investing', label: 'reports.cf.investing', note: 'reports.cf.investing.note' },
    { key: 'financing', label: 'reports.cf.financing', note: 'reports.cf.financing.note' },
    { key: 'closingBalance', label: 'reports.cf.closing', note: 'reports.cf.closing.note' },
  ];

/** The arus kas: opening balance, the three groups with what each counts, closing balance, each account. */
export function CashFlowSection({
  cashFlow,
  accounts,
}: {
  cashFlow: CashFlow;
  accounts: readonly Account[];
}) {
  const { t } = useI18n();
  const hidden = new Set(accounts.filter((a) => a.hidden).map((a) => a.id));
  const balances = cashFlow.accounts.filter((a) => !hidden.has(a.accountId) || a.balance !== 0);
  return (
    <section className="card report-section" aria-labelledby="cf-h">
      <h2 id="cf-h">{t('reports.cf.title')}</h2>
      <dl className="cf-lines">
        {GROUPS.map((g) => (
          <div key={g.key} className={`cf-line${g.key.endsWith('Balance') ? ' cf-balance' : ''}`}>
            <dt>{t(g.label)}</dt>
            <dd data-testid={`cf-${g.key}`}>
              <Money value={cashFlow[g.key]} signed={!g.key.endsWith('Balance')} />
            </dd>
            <dd className="cf-note">{t(g.note)}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('reports.cf.accounts')}</h3>
      <ul className="balances">
        {balances.map((a) => (
          <li key={a.accountId} data-testid="cf-account">
            <span>{a.name}</span>
            <Money value={a.balance} />
          </li>
        ))}
      </ul>
    </section>
  );
}
