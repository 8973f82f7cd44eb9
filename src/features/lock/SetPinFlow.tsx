import { useState, type FormEvent } from 'react';
import { DEFAULT_IDLE } from '../../domain/lock/idle';
import { newPinProblem, type PinProblem } from '../../domain/lock/pin';
import { groupRecoveryCode, newRecoveryCode, RECOVERY_GROUP_LENGTH } from '../../domain/lock/recovery-code';
import { hashSecret, PIN_ITERATIONS, RECOVERY_ITERATIONS } from '../../domain/lock/secret-hash';
import { randomBytes } from '../../domain/platform';
import { useI18n } from '../../i18n/I18nProvider';
import { TextField } from '../../ui/TextField';
import { PinField } from './PinField';
import { markActive, readLock, saveLock } from './lock-store';

type Step = { step: 'pin' } | { step: 'code'; pin: string; code: string; ask: number };

/**
 * Sets (or changes) the PIN in two steps: the PIN typed twice, then a new recovery code shown once
 * in groups, which the member proves to have written down by typing one group of it back.
 */
export function SetPinFlow({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [state, setState] = useState<Step>({ step: 'pin' });
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<PinProblem | null>(null);
  const [typedGroup, setTypedGroup] = useState('');
  const [groupWrong, setGroupWrong] = useState(false);
  const [saving, setSaving] = useState(false);

  const choosePin = (event: FormEvent) => {
    event.preventDefault();
    const found = newPinProblem(pin, repeat);
    setProblem(found);
    if (found) return;
    // Any group but the first, so the member has to look past the start of the code.
    const ask = 2 + ((randomBytes(1)[0] ?? 0) % 4);
    setState({ step: 'code', pin, code: newRecoveryCode(), ask });
  };

  if (state.step === 'pin')
    return (
      <form className="stack" onSubmit={choosePin} noValidate>
        <PinField
          label={t('lock.set.new')}
          autoComplete="new-password"
          value={pin}
          error={problem === 'lock.pin.digits' ? t(problem) : undefined}
          onPin={setPin}
        />
        <PinField
          label={t('lock.set.repeat')}
          autoComplete="new-password"
          value={repeat}
          error={problem === 'lock.pin.mismatch' ? t(problem) : undefined}
          onPin={setRepeat}
        />
        <div className="row-actions">
          <button type="submit" className="btn btn-primary">
            {t('lock.set.next')}
          </button>
          <button type="button" className="btn" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    );

  const groups = groupRecoveryCode(state.code);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (typedGroup.trim().toUpperCase() !== groups[state.ask - 1]) return setGroupWrong(true);
    setSaving(true);
    const [pinHash, recoveryHash] = await Promise.all([
      hashSecret(state.pin, PIN_ITERATIONS),
      hashSecret(state.code, RECOVERY_ITERATIONS),
    ]);
    const before = readLock();
    // A new PIN keeps the idle time; the fingerprint is registered afresh against the new lock.
    saveLock({ pin: pinHash, recovery: recoveryHash, idle: before?.idle ?? DEFAULT_IDLE });
    markActive(Date.now());
    onDone();
  };
  return (
    <form className="stack" onSubmit={(event) => void save(event)} noValidate>
      <h3>{t('lock.set.codeTitle')}</h3>
      <ol className="recovery-code" aria-label={t('lock.recovery.code')} data-testid="recovery-code">
        {groups.map((group, i) => (
          <li key={i}>{group}</li>
        ))}
      </ol>
      <p>{t('lock.set.codeText')}</p>
      <p>{t('lock.set.confirmCode', { n: state.ask })}</p>
      <TextField
        label={t('lock.set.confirmGroup', { n: state.ask })}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={RECOVERY_GROUP_LENGTH}
        value={typedGroup}
        error={groupWrong ? t('lock.set.confirmWrong') : undefined}
        onChange={(event) => setTypedGroup(event.target.value)}
      />
      <div className="row-actions">
        <button type="submit" className="btn btn-primary" disabled={saving}>
          {t('lock.set.save')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
