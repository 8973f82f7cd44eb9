import { useState, type FormEvent } from 'react';
import { NO_FAILED_TRIES } from '../../domain/lock/backoff';
import { readRecoveryCode } from '../../domain/lock/recovery-code';
import { secretMatches } from '../../domain/lock/secret-hash';
import { useI18n } from '../../i18n/I18nProvider';
import { TextField } from '../../ui/TextField';
import { saveTries, type LockRecord } from './lock-store';

/**
 * Opens the book with the recovery code given when the PIN was set. Its 100 random bits cannot be
 * guessed, so it is not held to the PIN's waits: a family member who tried PINs does not lock the
 * owner out of the code.
 */
export function RecoveryUnlock({ lock, onUnlock }: { lock: LockRecord; onUnlock: () => void }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<'lock.recovery.shape' | 'lock.recovery.wrong' | null>(null);
  const [checking, setChecking] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const code = readRecoveryCode(typed);
    if (!code) return setError('lock.recovery.shape');
    setChecking(true);
    const right = await secretMatches(code, lock.recovery);
    setChecking(false);
    if (!right) return setError('lock.recovery.wrong');
    saveTries(NO_FAILED_TRIES);
    onUnlock();
  };

  return (
    <form className="stack lock-form" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t('lock.recovery.title')}</h2>
      <p className="help">{t('lock.recovery.intro')}</p>
      <TextField
        label={t('lock.recovery.code')}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        value={typed}
        error={error ? t(error) : undefined}
        onChange={(event) => setTyped(event.target.value)}
        autoFocus
      />
      <button type="submit" className="btn btn-big btn-primary" disabled={checking}>
        {checking ? t('lock.checking') : t('lock.recovery.open')}
      </button>
    </form>
  );
}
