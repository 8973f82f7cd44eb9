import { useId, useState } from 'react';
import type { Account } from '../../domain/model';
import type { CategoryLine, Period } from '../../domain/reports';
import { useI18n } from '../../i18n/I18nProvider';
import { Money } from '../../ui/Money';
import { CategoryEntries } from './CategoryEntries';
import { LineToggle } from './LineToggle';

/** The categories under one laba rugi line, largest first; each opens to a page of its entries. */
export function CategoryList({
  lines,
  period,
  accounts,
}: {
  lines: readonly CategoryLine[];
  period: Period;
  accounts: readonly Account[];
}) {
  const { t } = useI18n();
  if (lines.length === 0) return <p className="help pl-empty">{t('reports.pl.noCategories')}</p>;
  return (
    <ul className="pl-categories">
      {lines.map((line) => (
        <CategoryItem key={line.categoryId} line={line} period={period} accounts={accounts} />
      ))}
    </ul>
  );
}

function CategoryItem({
  line,
  period,
  accounts,
}: {
  line: CategoryLine;
  period: Period;
  accounts: readonly Account[];
}) {
  const [open, setOpen] = useState(false);
  const entriesId = useId();
  return (
    <li>
      <LineToggle
        className="pl-category"
        open={open}
        onToggle={() => setOpen((o) => !o)}
        controls={entriesId}
      >
        <span className="pl-label">{line.category}</span>
        <span className="pl-amount">
          <Money value={line.amount} />
        </span>
      </LineToggle>
      {open && (
        <div id={entriesId}>
          <CategoryEntries
            key={`${period.from}|${period.to}`}
            categoryId={line.categoryId}
            category={line.category}
            period={period}
            accounts={accounts}
          />
        </div>
      )}
    </li>
  );
}
