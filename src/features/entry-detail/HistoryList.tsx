import { formatRupiah } from '../../domain/money';
import type { Revision } from '../../domain/model';
import type { MessageKey } from '../../i18n/id';
import { useI18n } from '../../i18n/I18nProvider';
import { describeHistory } from './revision-changes';
import './HistoryList.css';

const FIELD_LABELS: Record<string, MessageKey> = {
  date: 'field.date',
  direction: 'field.direction',
  amount: 'field.amount',
  value: 'field.amount',
  categoryId: 'field.category',
  accountId: 'field.account',
  fromAccountId: 'field.fromAccount',
  toAccountId: 'field.toAccount',
  note: 'field.note',
  counterparty: 'field.counterparty',
  voided: 'field.voided',
};

/** The full history of an entry or transfer: each revision, when, and what it changed. */
export function HistoryList(props: {
  revisions: readonly Revision[];
  names: Map<string, string>;
  timeZone: string;
}) {
  const { t, instant, date } = useI18n();
  const show = (field: string, value: unknown): string => {
    if (value === undefined || value === '') return '—';
    if (field === 'amount' || field === 'value') return formatRupiah(Number(value));
    if (field === 'date') return date(String(value));
    if (field === 'voided') return value ? t('ledger.voided') : '✓';
    if (field.endsWith('Id')) return props.names.get(String(value)) ?? String(value);
    return String(value);
  };
  return (
    <ol className="history">
      {describeHistory(props.revisions).map(({ revision, changes }) => (
        <li key={revision.seq}>
          <p className="history-head">
            <strong>{t(`detail.history.${revision.action}`)}</strong> · {instant(revision.at, props.timeZone)}
          </p>
          {changes.length > 0 && (
            <ul className="changes">
              {changes
                .filter((c) => c.field !== 'voided' || revision.action !== 'void')
                .map((c) => (
                  <li key={c.field}>
                    {t(FIELD_LABELS[c.field] ?? 'field.note')}: {show(c.field, c.before)} →{' '}
                    {show(c.field, c.after)}
                  </li>
                ))}
            </ul>
          )}
          {revision.reason && (
            <p className="help">{t('detail.history.reason', { reason: revision.reason })}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
