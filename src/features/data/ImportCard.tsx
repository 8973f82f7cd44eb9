import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import {
  findImportsByHash,
  importCreditBook,
  importCsvPlan,
  listAccounts,
  listCategories,
  listImports,
  type ImportRecord,
} from '../../storage';
import { useToast } from '../../ui/Toast';
import { useSession } from '../session/SessionContext';
import { whileBusy } from './busy';
import type { CsvCheck, CsvPhase } from './csv-check';
import { checkCsvFile } from './data-job';
import { FilePicker } from './FilePicker';
import { LISTED_PROBLEMS, csvErrorText, storageProblemText } from './import-problems';
import { importCreditCounts } from './import-credit-counts';
import { ImportPreview } from './ImportPreview';
import { MAX_IMPORT_BYTES } from './limits';
import { ProblemList } from './ProblemList';
import { Progress } from './Progress';
import { storageFailureMessage } from './storage-failure';

type State =
  | { step: 'idle' }
  | { step: 'checking'; phase: CsvPhase }
  | { step: 'refused'; lines: string[]; total?: number }
  | { step: 'preview'; file: File; check: Extract<CsvCheck, { ok: true }>; earlier: ImportRecord[] }
  | { step: 'writing'; rows: number }
  | { step: 'done'; message: string };

const PHASE_STEP: Record<CsvPhase, number> = { read: 1, parse: 2, plan: 3 };
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** CSV import: size checked first, every row checked off-thread, a preview, then all or nothing. */
export function ImportCard() {
  const { db, book } = useSession();
  const i18n = useI18n();
  const { t } = i18n;
  const toast = useToast();
  const [state, setState] = useState<State>({ step: 'idle' });
  const history = useLiveQuery(() => listImports(db, book.id), [db, book.id]);

  const check = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES)
      return setState({
        step: 'refused',
        lines: [t('data.import.tooLarge', { size: megabytes(file.size) })],
      });
    setState({ step: 'checking', phase: 'read' });
    try {
      const [categories, accounts, credit] = await Promise.all([
        listCategories(db, book.id),
        listAccounts(db, book.id),
        importCreditBook(db, book.id),
      ]);
      const result = await checkCsvFile(file, { categories, accounts, ...credit }, (phase) =>
        setState({ step: 'checking', phase }),
      );
      if (!result.ok)
        return setState({
          step: 'refused',
          lines: result.errors.slice(0, LISTED_PROBLEMS).map((e) => csvErrorText(e, i18n)),
          total: result.total,
        });
      const earlier = await findImportsByHash(db, book.id, result.hash);
      setState({ step: 'preview', file, check: result, earlier });
    } catch (error) {
      setState({ step: 'refused', lines: [t(storageFailureMessage(error))] });
    }
  };

  const write = async (file: File, ready: Extract<CsvCheck, { ok: true }>) => {
    setState({ step: 'writing', rows: ready.plan.counts.rows });
    try {
      const written = await whileBusy(
        importCsvPlan(db, book.id, ready.plan, { hash: ready.hash, fileName: file.name }),
      );
      if (!written.ok)
        return setState({ step: 'refused', lines: written.errors.map((p) => storageProblemText(p, i18n)) });
      const done = t('data.import.done', {
        entries: written.value.entries,
        transfers: written.value.transfers,
      });
      // The import is whole or nothing, so what the plan adds of debts and stock is what was written.
      const credit = importCreditCounts(ready.plan, t);
      const message = credit ? `${done} ${credit}` : done;
      toast.show(message);
      setState({ step: 'done', message });
    } catch (error) {
      setState({ step: 'refused', lines: [t(storageFailureMessage(error))] });
    }
  };

  const busy = state.step === 'checking' || state.step === 'writing';
  return (
    <section className="card" aria-labelledby="import-h">
      <h2 id="import-h">{t('data.import.title')}</h2>
      <p className="help">{t('data.import.intro')}</p>
      {state.step === 'checking' && (
        <Progress label={t(`data.import.phase.${state.phase}`)} step={PHASE_STEP[state.phase]} steps={4} />
      )}
      {state.step === 'writing' && (
        <Progress label={t('data.import.phase.write', { count: state.rows })} step={4} steps={4} />
      )}
      {state.step === 'refused' && (
        <ProblemList
          intro={t('data.import.refused')}
          lines={state.lines}
          total={state.total ?? state.lines.length}
        />
      )}
      {state.step === 'done' && (
        <p role="status" data-testid="import-done">
          {state.message}
        </p>
      )}
      {state.step === 'preview' ? (
        <ImportPreview
          check={state.check}
          earlier={state.earlier}
          timeZone={book.timeZone}
          onConfirm={() => void write(state.file, state.check)}
          onCancel={() => setState({ step: 'idle' })}
        />
      ) : (
        <FilePicker
          label={t('data.import.choose')}
          accept=".csv,text/csv"
          disabled={busy}
          onFile={(f) => void check(f)}
        />
      )}
      {history && history.length > 0 && (
        <details className="more">
          <summary>{t('data.import.history')}</summary>
          <ul className="plain-list">
            {history.slice(0, 20).map((r) => (
              <li key={r.importId}>
                {t('data.import.historyItem', {
                  file: r.fileName,
                  when: i18n.instant(r.at, book.timeZone),
                  entries: r.counts.entries + r.counts.transfers,
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
