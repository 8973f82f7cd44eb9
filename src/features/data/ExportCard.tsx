import { useState } from 'react';
import { firstDayOf, monthOf } from '../../domain/dates';
import { csvFileName, entriesToCsv } from '../../domain/csv/export';
import { useI18n } from '../../i18n/I18nProvider';
import {
  creditRecordsInRange,
  entriesInRange,
  listAccounts,
  listCategories,
  transfersInRange,
} from '../../storage';
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
    const [entries, transfers, categories, accounts, credit] = await Promise.all([
      entriesInRange(db, book.id, from, to),
      transfersInRange(db, book.id, from, to),
      listCategories(db, book.id),
      listAccounts(db, book.id),
      creditRecordsInRange(db, book.id, from, to),
    ]);
    const live = (r: { voided: boolean }) => !r.voided;
    const rows =
      entries.length +
      transfers.length +
      credit.settlements.filter(live).length +
      credit.stockCounts.filter(live).length +
      credit.openingItems.filter(live).length;
    if (rows === 0) return setMade('empty');
    const hasCredit = rows > entries.length + transfers.length || credit.contacts.length > 0;
    const text = entriesToCsv(entries, transfers, { categories, accounts }, hasCredit ? credit : undefined);
    setMade({ file: new File([text], csvFileName(book.name, from, to), { type: 'text/csv' }), rows });
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
