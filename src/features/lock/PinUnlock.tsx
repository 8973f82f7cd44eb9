import { useState, type FormEvent } from 'react';
import { NO_FAILED_TRIES, withFailure } from '../../domain/lock/backoff';
import { isPinShaped } from '../../domain/lock/pin';
import { secretMatches } from '../../domain/lock/secret-hash';
import { useI18n } from '../../i18n/I18nProvider';
import { lightenPinHash } from './lighten-pin-hash';
import { PinField } from './PinField';
import { readTries, saveTries, type LockRecord } from './lock-store';
import { formatWait, useSecondsToWait } from './use-wait';

/**
 * The PIN field of the lock screen, and of Settings before the PIN is changed or removed; wrong
 * PINs make the next try wait longer, reloads included, wherever they are typed.
 */
export function PinUnlock({
  lock,
  onUnlock,
  label = 'lock.pin',
}: {
  lock: LockRecord;
  onUnlock: () => void;
  label?: 'lock.pin' | 'lock.settings.current';
}) {
  const { t } = useI18n();
  const [pin, setPin] = useState('');
  const [tries, setTries] = useState(readTries);
  const [checking, setChecking] = useState(false);
  const [shapeError, setShapeError] = useState(false);
  const wait = useSecondsToWait(tries);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (checking || wait > 0) return;
    if (!isPinShaped(pin)) return setShapeError(true);
    setShapeError(false);
    // Counted before the check: reloading while the hash runs must not make the try free.
    const counted = withFailure(tries, Date.now());
    saveTries(counted);
    setChecking(true);
    const right = await secretMatches(pin, lock.pin);
    setChecking(false);
    if (right) {
      saveTries(NO_FAILED_TRIES);
      lightenPinHash(pin, lock);
      return onUnlock();
    }
    setPin('');
    setTries(counted);
  };

  return (
    <form className="stack lock-form" onSubmit={(event) => void submit(event)} noValidate>
      <PinField
        label={t(label)}
        autoComplete="off"
        value={pin}
        disabled={wait > 0}
        error={shapeError ? t('lock.pin.digits') : undefined}
        onPin={setPin}
        autoFocus
      />
      <div role="status" aria-live="polite" className="lock-status">
        {tries.count > 0 && !checking && <p>{t('lock.wrong', { count: tries.count })}</p>}
        {wait > 0 && <p data-testid="lock-wait">{t('lock.wait', { time: formatWait(wait) })}</p>}
      </div>
      <button type="submit" className="btn btn-big btn-primary" disabled={checking || wait > 0}>
        {checking ? t('lock.checking') : t('lock.open')}
      </button>
    </form>
  );
}
