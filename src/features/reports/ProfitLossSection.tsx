import { useId, useState } from 'react';
import type { Account } from '../../domain/model';
import type { Period, ProfitAndLoss, ProfitAndLossComparison } from '../../domain/reports';
import type { InventoryLines as Lines } from '../../domain/stock/levels';
import { useI18n } from '../../i18n/I18nProvider';
import { Money } from '../../ui/Money';
import { CategoryList } from './CategoryList';
import { Change } from './Change';
import { InventoryLines } from './InventoryLines';
import { PL_LINES, type PlLine } from './pl-lines';
import { LineToggle } from './LineToggle';

interface SectionProps {
  profitAndLoss: ProfitAndLoss;
  comparison: ProfitAndLossComparison;
  period: Period;
  accounts: readonly Account[];
  /** How HPP was made, shown when the book counts stock. */
  inventory?: Lines | undefined;
}

/** The laba rugi (docs/domain.md#profit-and-loss); each line opens to its categories, each to its entries. */
export function ProfitLossSection(props: SectionProps) {
  const { t } = useI18n();
  return (
    <section className="card report-section" aria-labelledby="pl-h">
      <h2 id="pl-h">{t('reports.pl.title')}</h2>
      <p className="help">{t('reports.pl.help')}</p>
      <ul className="pl-lines">
        {PL_LINES.map((line) => (
          <PlRow key={line.key} line={line} {...props} />
        ))}
      </ul>
    </section>
  );
}

function PlRow({
  line,
  profitAndLoss,
  comparison,
  period,
  accounts,
  inventory,
}: SectionProps & { line: PlLine }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const amount = profitAndLoss[line.key];
  const figure = (
    <>
      <span className="pl-label">{t(line.label)}</span>
      <span className="pl-amount" data-testid={`pl-${line.key}`}>
        <Money value={amount} signed={line.emphasis === 'total'} />
      </span>
    </>
  );
  return (
    <li className={`pl-line${line.emphasis ? ` pl-${line.emphasis}` : ''}`}>
      {line.kind ? (
        <LineToggle open={open} onToggle={() => setOpen((o) => !o)} controls={listId}>
          {figure}
        </LineToggle>
      ) : (
        <div className="pl-fixed">{figure}</div>
      )}
      <Change change={comparison[line.key]} testId={`pl-${line.key}-change`} />
      {line.key === 'cogs' && inventory && <InventoryLines inventory={inventory} />}
      {line.kind && open && (
        <div id={listId}>
          <CategoryList
            lines={profitAndLoss.byCategory.filter((c) => c.kind === line.kind)}
            period={period}
            accounts={accounts}
          />
        </div>
      )}
    </li>
  );
}
