import { useEffect, useState } from 'react';
import { MAX_BACKUP_BYTES } from '../../domain/backup/format';
import type { CheckedBackup } from '../../domain/backup/read';
import { useI18n } from '../../i18n/I18nProvider';
import { loadMessages } from '../../i18n/translate';
import { restoreOverEverything } from '../../storage/lazy';
import type { LumbungDb } from '../../storage';
import { checkBackupFile } from '../data/data-job';
import { FilePicker } from '../data/FilePicker';
import { ProblemList } from '../data/ProblemList';
import { storageFailureMessage } from '../data/storage-failure';
import { removeLock } from './lock-store';

type State =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'refused'; lines: string[] }
  | { step: 'ready'; backup: CheckedBackup };

/**
 * The way back when both the PIN and the recovery code are lost: a backup file is checked, shown
 * by what it holds (never by what the locked phone holds), and restored in place of everything on
 * the phone in one transaction. Only then is the lock removed; a failure leaves everything as it was.
 */
export function ResetAndRestore({
  db,
  onBack,
  onRestored,
}: {
  db: LumbungDb;
  onBack: () => void;
  onRestored: () => void;
}) {
  const { t, problem, instant } = useI18n();
  const [state, setState] = useState<State>({ step: 'idle' });
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  // The backup's problems are described by the data screen's messages.
  useEffect(() => void loadMessages('data').catch(() => undefined), []);

  const check = async (file: File) => {
    if (file.size > MAX_BACKUP_BYTES)
      return setState({ step: 'refused', lines: [problem({ code: 'backup.tooLarge' })] });
    setState({ step: 'busy' });
    try {
      const checked = await checkBackupFile(file, () => undefined);
      setState(
        checked.ok
          ? { step: 'ready', backup: checked.value }
          : { step: 'refused', lines: checked.errors.map(problem) },
      );
    } catch (error) {
      setState({ step: 'refused', lines: [t(storageFailureMessage(error))] });
    }
  };

  const restore = async (backup: CheckedBackup) => {
    setState({ step: 'busy' });
    try {
      const restored = await restoreOverEverything(db, backup.content);
      if (!restored.ok) return setState({ step: 'refused', lines: restored.errors.map(problem) });
      removeLock();
      onRestored();
    } catch (error) {
      setState({ step: 'refused', lines: [t(storageFailureMessage(error))] });
    }
  };

  return (
    <main className="screen lock-screen">
      <h1>{t('lock.reset.title')}</h1>
      <p>{t('lock.reset.intro')}</p>
      {state.step === 'ready' ? (
        <div className="stack">
          <p>
            {t('lock.reset.summary', {
              books: state.backup.content.books.length,
              entries: state.backup.content.entries.length,
              when: state.backup.asOf ? instant(state.backup.asOf, timeZone) : '–',
            })}
          </p>
          <button
            type="button"
            className="btn btn-big btn-primary"
            onClick={() => void restore(state.backup)}
          >
            {t('lock.reset.confirm')}
          </button>
        </div>
      ) : (
        <FilePicker
          label={t('lock.reset.pick')}
          accept=".json,application/json"
          disabled={state.step === 'busy'}
          onFile={(file) => void check(file)}
        />
      )}
      {state.step === 'busy' && <p role="status">{t('lock.checking')}</p>}
      {state.step === 'refused' && <ProblemList intro={t('data.restore.refused')} lines={state.lines} />}
      <button type="button" className="btn btn-wide" onClick={onBack}>
        {t('lock.reset.back')}
      </button>
    </main>
  );
}
