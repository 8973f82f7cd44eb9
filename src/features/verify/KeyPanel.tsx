import { useState } from 'react';
import { inputMaxLength, MEMBER_NUMBER_MAX_LENGTH } from '../../domain/limits';
import type { VerdictResult } from './VerdictPanel';
import { useI18n } from '../../i18n/I18nProvider';
import { registerMember, type KeyringDb, type RegisteredMember } from '../../storage/lazy';
import { TextField } from '../../ui/TextField';

/**
 * The signing key's fingerprint and the officer's registry: whether it is the one registered for
 * the member, a loud warning when the member is registered with another, and registering it.
 */
export function KeyPanel(props: {
  result: VerdictResult;
  /** Who the statement (or QR code) names; null when it names no one. */
  business: { memberNumber: string; owner?: string; name?: string } | null;
  /** The registration of the statement's member number; null when there is none. */
  registered: RegisteredMember | null;
  keyring: KeyringDb;
}) {
  const { t, problem, date } = useI18n();
  const { result, registered, business } = props;
  const [memberNumber, setMemberNumber] = useState(business?.memberNumber ?? '');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const fingerprint = result.fingerprint;
  const canRegister = result.signatureValid && fingerprint !== null;
  const member = business?.memberNumber || '—';
  const register = async () => {
    if (!fingerprint) return;
    const name = business?.owner || business?.name || '';
    const saved = await registerMember(props.keyring, { memberNumber, fingerprint, name });
    setMessage(
      saved.ok
        ? { text: t('verify.key.saved', { member: saved.value.memberNumber }), error: false }
        : { text: saved.errors.map(problem).join(' '), error: true },
    );
  };
  // A new phone's key handed over from the registered one matches; any other key differs.
  const differs = registered !== null && result.fingerprintMatches === false;
  const origin = result.handover?.valid ? result.handover.links[0] : undefined;
  return (
    <section className="card key-panel" aria-labelledby="key-h">
      <h2 id="key-h">{t('verify.key.title')}</h2>
      <p className="fingerprint" data-testid="signer-fingerprint">
        {fingerprint ?? t('verify.key.none')}
      </p>
      {origin && (
        <p className="help" data-testid="handover-origin">
          {t('verify.key.handover', { from: origin.from, date: date(origin.at.slice(0, 10)) })}
        </p>
      )}
      {result.handover && !result.handover.valid && (
        <p className="reason-bad">{t('verify.key.handoverForged')}</p>
      )}
      {registered && !differs && (
        <p className="reason-ok">
          {t('verify.key.matches', { member, since: date(registered.registeredAt.slice(0, 10)) })}
        </p>
      )}
      {differs && (
        <div className="alarm" role="alert">
          <p>
            <strong>{t('verify.key.differs.title')}</strong>
          </p>
          <p>{t('verify.key.differs', { member, registered: registered.fingerprint })}</p>
        </div>
      )}
      {/* An unregistered member is warned of loudly beside the verdict; here only the missing number. */}
      {!registered && !business?.memberNumber && <p>{t('verify.key.noMember')}</p>}
      {canRegister && (!registered || differs) && (
        <form
          className="sub-form"
          onSubmit={(event) => {
            event.preventDefault();
            void register();
          }}
        >
          <TextField
            label={t('book.memberNumber')}
            value={memberNumber}
            maxLength={inputMaxLength(MEMBER_NUMBER_MAX_LENGTH)}
            autoComplete="off"
            onChange={(event) => setMemberNumber(event.target.value)}
          />
          <button type="submit" className="btn btn-wide">
            {t(differs ? 'verify.key.replace' : 'verify.key.register')}
          </button>
        </form>
      )}
      {message && (
        <p className={message.error ? 'form-error' : 'help'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <p className="help">{t('verify.key.help')}</p>
    </section>
  );
}
