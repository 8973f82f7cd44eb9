import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { BusinessDate } from '../../domain/dates';
import { beginsBeforeBook, statementMonthChoices } from '../../domain/reports';
import { useI18n } from '../../i18n/I18nProvider';
import { firstRecordDate, updateBook } from '../../storage';
import { deviceKey, type DeviceKey } from '../../storage/lazy';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { routes } from '../routes';
import { useSession } from '../session/SessionContext';
import { ExportPanel } from './ExportPanel';
import type { StatementDocuments } from '../../domain/statement/documents';
import { makeStatementFiles } from './make-statement-files';
import { StatementForm } from './StatementForm';
import { draftPeriod, identityChanged, initialDraft, readDraft } from './statement-draft';
import { useStatementPreview } from './use-statement-preview';
import { StatementView } from './view/StatementView';
import './statement.css';

type Making =
  | { status: 'idle' }
  | { status: 'making' }
  | { status: 'failed'; message: string }
  | { status: 'made'; files: StatementDocuments; signedBy: DeviceKey };

/** The member makes a statement for the cooperative: choose, preview, then sign and send the files. */
export function StatementScreen() {
  const { db, book } = useSession();
  const { t } = useI18n();
  // The period's default and choices follow the book's first record, so it is read first.
  const first = useLiveQuery(async () => ({ date: await firstRecordDate(db, book.id) }), [db, book.id]);
  if (!first)
    return (
      <>
        <ScreenHeader title={t('statement.title')} backHref={routes.home} backLabel={t('nav.back')} />
        <p className="screen loading">{t('app.loading')}</p>
      </>
    );
  return <StatementMaker firstRecord={first.date} />;
}

function StatementMaker({ firstRecord }: { firstRecord: BusinessDate | null }) {
  const { db, book, today } = useSession();
  const { t, problem, date } = useI18n();
  const [draft, setDraft] = useState(() => initialDraft(book, today, firstRecord));
  const [making, setMaking] = useState<Making>({ status: 'idle' });
  const read = readDraft(draft);
  const choices = read.ok ? read.choices : null;
  const period = draftPeriod(draft);
  const preview = useStatementPreview(db, book.id, period, choices);
  // Months before the first record count as zeros and lower M and RPC: said before signing.
  const early =
    period && firstRecord && beginsBeforeBook(period, firstRecord) ? (
      <p className="warning" data-testid="period-before-book">
        {t('statement.form.beforeBook', { date: date(firstRecord) })}
      </p>
    ) : null;

  const make = async () => {
    if (!choices) return;
    setMaking({ status: 'making' });
    try {
      if (draft.saveIdentity && identityChanged(draft, book)) {
        const saved = await updateBook(db, book.id, draft.identity);
        if (!saved.ok) return setMaking({ status: 'failed', message: saved.errors.map(problem).join(' ') });
      }
      // Built again now, so the signed statement carries the moment it was signed.
      const key = await deviceKey();
      const made = await makeStatementFiles(db, book.id, { ...choices, signer: key.signer });
      if (!made.ok) return setMaking({ status: 'failed', message: made.errors.map(problem).join(' ') });
      setMaking({ status: 'made', files: made.value, signedBy: key });
    } catch {
      setMaking({ status: 'failed', message: t('statement.make.failed') });
    }
  };

  return (
    <>
      <ScreenHeader title={t('statement.title')} backHref={routes.home} backLabel={t('nav.back')} />
      <main className="screen statement-screen">
        <p className="intro">{t('statement.intro')}</p>
        <StatementForm
          book={book}
          draft={draft}
          months={statementMonthChoices(firstRecord, today)}
          periodNote={early}
          errors={read.ok ? {} : read.errors}
          defaults={preview.defaults}
          onChange={(next) => {
            setDraft(next);
            if (making.status !== 'making') setMaking({ status: 'idle' });
          }}
        />
        <section className="card preview" aria-labelledby="preview-h">
          <h2 id="preview-h">{t('statement.preview.title')}</h2>
          {preview.problems.length > 0 && (
            <p className="form-error" role="alert">
              {preview.problems.map(problem).join(' ')}
            </p>
          )}
          {preview.statement ? (
            <StatementView statement={preview.statement} />
          ) : (
            <p className="help">{t(choices ? 'app.loading' : 'statement.preview.fixFields')}</p>
          )}
        </section>
        {early}
        <div className="statement-actions">
          <button
            type="button"
            className="btn btn-big btn-primary"
            disabled={!preview.statement || making.status === 'making'}
            onClick={() => void make()}
          >
            {t(making.status === 'making' ? 'statement.make.working' : 'statement.make')}
          </button>
        </div>
        {making.status === 'failed' && (
          <p className="form-error" role="alert">
            {making.message}
          </p>
        )}
        {making.status === 'made' && <ExportPanel files={making.files} signedBy={making.signedBy} />}
      </main>
    </>
  );
}
