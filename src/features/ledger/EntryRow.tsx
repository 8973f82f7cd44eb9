import type { Entry } from '../../domain/model';
import { useI18n } from '../../i18n/I18nProvider';
import { Money } from '../../ui/Money';
import { routes } from '../routes';
import './EntryRow.css';

/** One entry in a list: category, note, account (and its date when asked), and the amount signed by direction. */
export function EntryRow({
  entry,
  categoryName,
  accountName,
  dateLabel,
}: {
  entry: Entry;
  categoryName: string;
  accountName: string;
  /** Shown first under the category, for lists that are not grouped by day. */
  dateLabel?: string;
}) {
  const { t } = useI18n();
  const sign = entry.direction === 'in' ? 1 : -1;
  return (
    <li className={`entry-row${entry.voided ? ' voided' : ''}`} data-row-id={entry.id}>
      <a href={routes.entry(entry.id)}>
        <span className="entry-main">
          <span className="entry-category">{categoryName}</span>
          <span className="entry-sub">
            {[dateLabel, entry.note, entry.counterparty, accountName].filter(Boolean).join(' · ')}
          </span>
        </span>
        <span className="entry-amount">
          <Money value={sign * entry.amount} signed={!entry.voided} />
          {entry.voided && <span className="badge">{t('ledger.voided')}</span>}
          {!entry.voided && entry.updatedAt !== entry.recordedAt && (
            <span className="badge">{t('ledger.edited')}</span>
          )}
        </span>
      </a>
    </li>
  );
}
