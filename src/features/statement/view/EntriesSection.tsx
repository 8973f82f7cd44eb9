import { SHOWN_ROWS, type ShownRows, type Statement } from '../../../domain/statement';
import { useI18n } from '../../../i18n/I18nProvider';
import { Money } from '../../../ui/Money';

/**
 * The statement's entries, folded away: the first rows on screen, the rest in the files. `rows`:
 * how many there are when the statement holds only its first rows.
 */
export function EntriesSection({ statement, rows }: { statement: Statement; rows?: ShownRows | undefined }) {
  const { t, date } = useI18n();
  const { entries } = statement;
  const count = {
    entries: rows?.entries ?? entries.length,
    transfers: rows?.transfers ?? statement.transfers.length,
  };
  return (
    <section className="statement-part" aria-labelledby="st-entries">
      <h3 id="st-entries">{t('statement.view.entries')}</h3>
      <p>{t('statement.view.entriesCount', count)}</p>
      {entries.length > 0 && (
        <details className="more">
          <summary>{t('statement.view.showEntries')}</summary>
          <ul className="statement-entries">
            {entries.slice(0, SHOWN_ROWS).map((e) => (
              <li key={e.id}>
                <span>
                  {date(e.date)} · {e.category} · {e.account}
                  {e.note && <span className="cell-sub">{e.note}</span>}
                </span>
                <Money value={e.direction === 'in' ? e.amount : -e.amount} signed />
              </li>
            ))}
          </ul>
          {count.entries > SHOWN_ROWS && (
            <p className="help">{t('statement.view.entriesMore', { count: count.entries - SHOWN_ROWS })}</p>
          )}
        </details>
      )}
    </section>
  );
}
