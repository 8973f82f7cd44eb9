import { useState } from 'react';
import { firstDayOf, monthOf } from '../../domain/dates';
import { csvFileName } from '../../domain/csv/export';
import { useI18n } from '../../i18n/I18nProvider';
import { exportPeriodCsv } from '../../storage';
import { TextField } from '../../ui/TextField';
import { useSession } from '../session/SessionContext';
import { SaveFileButtons } from './SaveFileButtons';

/** Exports a period's entries, transfers, debts and stock as CSV in the import format (formula-guarded). */
export function ExportCard() {
  const { db, book, today } = useSession();
  const { t } = useI18n();
  const [from, setFrom] = useState(firstDayOf(monthOf(today)));
  const [to, setTo] = useState(today);
  const [made, setMade] = useState<{ file: File; rows: number } | 'empty' | null>(null);

  const make = async () => {
    const csv = await exportPeriodCsv(db, book.id, from, to);
    if (!csv) return setMade('empty');
    const file = new File([csv.text], csvFileName(book.name, from, to), { type: 'text/csv' });
    setMade({ file, rows: csv.rows });
  };

  return (
    <section className="card" aria-labelledby="export-h">
      <h2 id="export-h">{t('data.export.title')}</h2>
      <p className="help">{t('data.export.intro')}</p>
      <div className="date-range">
        <TextField
          label={t('data.export.from')}
          type="date"
          value={from}
          max={to}
          onChange={(e) => (setFrom(e.target.value), setMade(null))}
        />
        <TextField
          label={t('data.export.to')}
          type="date"
          value={to}
          min={from}
          onChange={(e) => (setTo(e.target.value), setMade(null))}
        />
      </div>
      {made === 'empty' && <p role="status">{t('data.export.empty')}</p>}
      {made !== null && made !== 'empty' ? (
        <>
          <p role="status">{t('data.export.done', { count: made.rows })}</p>
          <SaveFileButtons file={made.file} onSaved={() => setMade(null)} />
        </>
      ) : (
        <button
          type="button"
          className="btn btn-wide"
          disabled={!from || !to || from > to}
          onClick={() => void make()}
        >
          {t('data.export.make')}
        </button>
      )}
    </section>
  );
}
