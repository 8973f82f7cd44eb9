import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { isBusinessDate, type BusinessDate } from '../../domain/dates';
import { formatRupiah, formatThousands } from '../../domain/money';
import { positionDifference, type Period } from '../../domain/reports';
import { useI18n } from '../../i18n/I18nProvider';
import { TextField } from '../../ui/TextField';
import { useSession } from '../session/SessionContext';
import { AgingSection } from './AgingSection';
import { comparisonDay, loadPosition, POSITION_SIDES, type PositionView } from './position-view';

/**
 * The neraca at a chosen day (the report's last day, or today while it runs) beside the one at
 * the end of the period before, then the debts by age at the same day.
 */
export function PositionSection({ period }: { period: Period }) {
  const { db, book, today } = useSession();
  const { t } = useI18n();
  const [day, setDay] = useState<string>(period.to < today ? period.to : today);
  const valid = isBusinessDate(day) ? day : null;
  const before = valid ? comparisonDay(valid, period) : null;
  const view = useLiveQuery(
    () => (valid && before ? loadPosition(db, book.id, valid, before) : Promise.resolve(null)),
    [db, book.id, valid, before],
  );
  const shown = view && view.position.date === valid ? view : null;
  return (
    <>
      <section className="card report-section" aria-labelledby="neraca-h">
        <h2 id="neraca-h">{t('neraca.title')}</h2>
        <p className="help">{t('neraca.help')}</p>
        <TextField
          label={t('neraca.day')}
          type="date"
          value={day}
          onChange={(e) => setDay(e.target.value)}
          error={valid ? undefined : t('neraca.dayInvalid')}
        />
        {shown && <PositionTable view={shown} />}
      </section>
      {shown && <AgingSection overview={shown.credit} />}
    </>
  );
}

function PositionTable({ view }: { view: PositionView }) {
  const { t, date } = useI18n();
  const difference = positionDifference(view.position);
  const column = (d: BusinessDate) => date(d);
  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby="neraca-h" tabIndex={0}>
        <table className="report-table position-table" data-testid="neraca">
          <thead>
            <tr>
              <th scope="col">{t('statementCredit.line')}</th>
              <th scope="col">{column(view.position.date)}</th>
              <th scope="col">{column(view.before.date)}</th>
            </tr>
          </thead>
          {POSITION_SIDES.map((side) => (
            <tbody key={side.heading}>
              <tr>
                <th scope="colgroup" colSpan={3} className="position-side">
                  {t(side.heading)}
                </th>
              </tr>
              {side.lines.map((line) => (
                <tr key={line.key} className={line.total ? 'position-total' : undefined}>
                  <th scope="row">{t(line.label)}</th>
                  <td data-testid={`neraca-${line.key}`}>{formatThousands(view.position[line.key])}</td>
                  <td data-testid={`neraca-before-${line.key}`}>{formatThousands(view.before[line.key])}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <p className={difference === 0 ? 'help' : 'form-error'} role="status" data-testid="neraca-check">
        {difference === 0
          ? t('neraca.balanced')
          : t('neraca.unbalanced', { difference: formatRupiah(difference) })}
      </p>
    </>
  );
}
