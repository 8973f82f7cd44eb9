import { formatRupiah } from '../../domain/money';
import { useI18n } from '../../i18n/I18nProvider';
import type { ContactRecord } from '../../storage';
import { Money } from '../../ui/Money';
import { routes } from '../routes';
import { recordLine } from './record-line';
import { SettlementRecord } from './SettlementRecord';

/** Every sale, purchase, settlement and opening item with a contact, newest first; a settlement opens to correct or void. */
export function ContactHistory({ records }: { records: readonly ContactRecord[] }) {
  const { t, date } = useI18n();
  return (
    <section className="card" aria-labelledby="history-h">
      <h2 id="history-h">{t('credit.page.records')}</h2>
      {records.length === 0 && <p className="help">{t('credit.page.noRecords')}</p>}
      <ul className="credit-records">
        {records.map((r) => {
          const line = recordLine(r);
          const what = (
            <>
              {date(r.date)} · {t(line.label)}
              {r.record.voided && ` · ${t('credit.record.voided')}`}
            </>
          );
          const figure = (
            <span>
              <Money value={line.amount} />
              {line.owed > 0 && (
                <span className="muted">
                  {' '}
                  · {t('credit.record.owed', { amount: formatRupiah(line.owed) })}
                </span>
              )}
            </span>
          );
          return (
            <li key={r.record.id} className={r.record.voided ? 'voided' : undefined}>
              {r.type === 'settlement' ? (
                <SettlementRecord settlement={r.record} label={what} figure={figure} />
              ) : (
                <>
                  {r.type === 'entry' ? (
                    <a className="link" href={routes.entry(r.record.id)}>
                      {what}
                    </a>
                  ) : (
                    <span>{what}</span>
                  )}
                  {figure}
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
