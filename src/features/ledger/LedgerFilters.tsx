import type { Account, Category } from '../../domain/model';
import { useI18n } from '../../i18n/I18nProvider';
import { ChoiceChips } from '../../ui/ChoiceChips';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import type { LedgerFilter, LedgerPeriod } from './ledger-filter';

const PERIODS: LedgerPeriod[] = ['all', 'today', 'week', 'month', 'lastMonth'];

/** The ledger's filters: period, direction, category, account and a search in notes. */
export function LedgerFilters(props: {
  filter: LedgerFilter;
  onChange: (filter: LedgerFilter) => void;
  categories: readonly Category[];
  accounts: readonly Account[];
}) {
  const { t } = useI18n();
  const { filter } = props;
  const set = <K extends keyof LedgerFilter>(key: K, value: LedgerFilter[K]) =>
    props.onChange({ ...filter, [key]: value });
  return (
    <details className="filters">
      <summary>{t('ledger.filter')}</summary>
      <ChoiceChips
        legend={t('ledger.period')}
        name="period"
        options={PERIODS.map((p) => ({ value: p, label: t(`ledger.period.${p}`) }))}
        value={filter.period}
        onChange={(p) => set('period', p)}
      />
      <ChoiceChips
        legend={t('ledger.direction')}
        name="direction"
        options={[
          { value: 'all', label: t('ledger.direction.all') },
          { value: 'in', label: t('ledger.direction.in') },
          { value: 'out', label: t('ledger.direction.out') },
        ]}
        value={filter.direction}
        onChange={(d) => set('direction', d)}
      />
      <SelectField
        label={t('entry.category')}
        value={filter.categoryId}
        onChange={(e) => set('categoryId', e.target.value)}
        options={[
          { value: '', label: t('ledger.category.all') },
          ...props.categories.map((c) => ({ value: c.id, label: c.name })),
        ]}
      />
      <SelectField
        label={t('entry.account')}
        value={filter.accountId}
        onChange={(e) => set('accountId', e.target.value)}
        options={[
          { value: '', label: t('ledger.account.all') },
          ...props.accounts.map((a) => ({ value: a.id, label: a.name })),
        ]}
      />
      <TextField
        label={t('ledger.search')}
        type="search"
        value={filter.search}
        onChange={(e) => set('search', e.target.value)}
      />
    </details>
  );
}
