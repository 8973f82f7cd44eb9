import type { Transfer } from '../../domain/model';
import { useI18n } from '../../i18n/I18nProvider';
import { Money } from '../../ui/Money';
import { routes } from '../routes';
import './EntryRow.css';

/** One transfer in a list: from → to, and the amount, unsigned (the book's total is unchanged). */
export function TransferRow({
  transfer,
  fromName,
  toName,
}: {
  transfer: Transfer;
  fromName: string;
  toName: string;
}) {
  const { t } = useI18n();
  return (
    <li className={`entry-row transfer${transfer.voided ? ' voided' : ''}`}>
      <a href={routes.transferDetail(transfer.id)}>
        <span className="entry-main">
          <span className="entry-category">{t('transfer.label', { from: fromName, to: toName })}</span>
          <span className="entry-sub">{transfer.note}</span>
        </span>
        <span className="entry-amount">
          <Money value={transfer.amount} />
          {transfer.voided && <span className="badge">{t('ledger.voided')}</span>}
          {!transfer.voided && transfer.updatedAt !== transfer.recordedAt && (
            <span className="badge">{t('ledger.edited')}</span>
          )}
        </span>
      </a>
    </li>
  );
}
