import { useState } from 'react';
import { MAX_BACKUP_BYTES } from '../../domain/backup/format';
import type { CheckedBackup } from '../../domain/backup/read';
import { useI18n } from '../../i18n/I18nProvider';
import {
  markBackupSaved,
  recordedChanges,
  previewRestore,
  restoreBackup,
  type ClashChoice,
  type LumbungDb,
  type RestoreBookPreview,
  type RestoreSummary,
} from '../../storage';
import { ChoiceChips } from '../../ui/ChoiceChips';
import { whileBusy } from './busy';
import { checkBackupFile } from './data-job';
import { FilePicker } from './FilePicker';
import { ProblemList } from './ProblemList';
import { Progress } from './Progress';
import { storageFailureMessage } from './storage-failure';
import './data.css';

type State =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'refused'; lines: string[] }
  | { step: 'ready'; backup: CheckedBackup; books: RestoreBookPreview[] }
  | { step: 'restoring' }
  | { step: 'done'; summary: RestoreSummary };

/** The name a kept-both copy gets, within the book name's limit. */
const BOOK_NAME_MAX = 80;

/**
 * Restores a backup file: the whole file is checked off-thread first (format, checksum, rows,
 * hash chains), then the member sees what it holds and, for books already here, chooses to replace
 * them or keep both. One transaction writes it all. Used by the data screen and the first start.
 */
export function RestoreBackup({
  db,
  onRestored,
}: {
  db: LumbungDb;
  onRestored?: (summary: RestoreSummary) => void;
}) {
  const { t, problem, instant } = useI18n();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [clash, setClash] = useState<ClashChoice>('keepBoth');
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  const check = async (file: File) => {
    if (file.size > MAX_BACKUP_BYTES)
      return setState({ step: 'refused', lines: [problem({ code: 'backup.tooLarge' })] });
    setState({ step: 'checking' });
    try {
      const checked = await checkBackupFile(file, () => undefined);
      if (!checked.ok) return setState({ step: 'refused', lines: checked.errors.map(problem) });
      setState({
        step: 'ready',
        backup: checked.value,
        books: await previewRestore(db, checked.value.content),
      });
    } catch (error) {
      setState({ step: 'refused', lines: [t(storageFailureMessage(error))] });
    }
  };

  const restore = async (backup: CheckedBackup) => {
    setState({ step: 'restoring' });
    try {
      const copyName = (name: string) => t('data.restore.copyName', { name }).slice(0, BOOK_NAME_MAX);
      const restored = await whileBusy(restoreBackup(db, backup.content, { clash, copyName }));
      if (!restored.ok) return setState({ step: 'refused', lines: restored.errors.map(problem) });
      await markBackupSaved(db, new Date().toISOString(), await recordedChanges(db));
      setState({ step: 'done', summary: restored.value });
      onRestored?.(restored.value);
    } catch (error) {
      setState({ step: 'refused', lines: [t(storageFailureMessage(error))] });
    }
  };

  if (state.step === 'checking') return <Progress label={t('data.restore.checking')} step={1} steps={2} />;
  if (state.step === 'restoring') return <Progress label={t('data.restore.restoring')} step={2} steps={2} />;
  if (state.step === 'done')
    return (
      <p role="status" data-testid="restore-done">
        {t('data.restore.done', { books: state.summary.books.length, entries: state.summary.entries })}
      </p>
    );
  if (state.step === 'ready') {
    const { backup, books } = state;
    const here = books.filter((b) => b.entriesHere !== null);
    return (
      <div className="restore-ready">
        <p>
          {t('data.restore.summary', {
            when: backup.asOf ? instant(backup.asOf, timeZone) : '–',
            books: books.length,
            entries: backup.content.entries.length,
          })}
        </p>
        <ul className="plain-list">
          {books.map((b) => (
            <li key={b.id}>
              {b.entriesHere === null
                ? t('data.restore.book', { name: b.name, entries: b.entries })
                : t('data.restore.bookHere', { name: b.name, entries: b.entriesHere })}
            </li>
          ))}
        </ul>
        {here.length > 0 && (
          <>
            <ChoiceChips<ClashChoice>
              legend={t('data.restore.clash')}
              name="clash"
              options={[
                { value: 'keepBoth', label: t('data.restore.keepBoth') },
                { value: 'replace', label: t('data.restore.replace') },
              ]}
              value={clash}
              onChange={setClash}
            />
            <p className="help">
              {t(clash === 'replace' ? 'data.restore.replaceHelp' : 'data.restore.keepBothHelp')}
            </p>
          </>
        )}
        <div className="row-actions">
          <button type="button" className="btn btn-primary" onClick={() => void restore(backup)}>
            {t('data.restore.confirm')}
          </button>
          <button type="button" className="btn" onClick={() => setState({ step: 'idle' })}>
            {t('data.cancel')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <>
      {state.step === 'refused' && <ProblemList intro={t('data.restore.refused')} lines={state.lines} />}
      <FilePicker
        label={t('data.restore.choose')}
        accept=".json,application/json"
        onFile={(f) => void check(f)}
      />
    </>
  );
}
