import type { Statement } from '../../../domain/statement';
import { useI18n } from '../../../i18n/I18nProvider';
import { Money } from '../../../ui/Money';

/** The most rows shown on screen; the files hold them all. */
const SHOWN = 200;

/** The statement's entries, folded away: the first rows on screen, the rest in the files. */
export function EntriesSection({ statement }: { statement: Statement }) {
  const { t, date } = useI18n();
  const { entries, transfers } = statement;
  return (
    <section className="statement-part" aria-labelledby="st-entries">
      <h3 id="st-entries">{t('statement.view.entries')}</h3>
      <p>{t('statement.view.entriesCount', { entries: entries.length, transfers: transfers.length })}</p>
      {entries.length > 0 && (
        <details className="more">
          <summary>{t('statement.view.showEntries')}</summary>
          <ul className="statement-entries">
            {entries.slice(0, SHOWN).map((e) => (
              <li key={e.id}>
                <span>
                  {date(e.date)} · {e.category} · {e.account}
                  {e.note && <span className="cell-sub">{e.note}</span>}
                </span>
                <Money value={e.direction === 'in' ? e.amount : -e.amount} signed />
              </li>
            ))}
          </ul>
          {entries.length > SHOWN && (
            <p className="help">{t('statement.view.entriesMore', { count: entries.length - SHOWN })}</p>
          )}
        </details>
      )}
    </section>
  );
}
