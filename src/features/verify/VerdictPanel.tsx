import { useEffect, useRef } from 'react';
import {
  matchedByHandover,
  verdictReasons,
  type HandoverLink,
  type ReasonSource,
} from '../../domain/statement';
import { useI18n } from '../../i18n/I18nProvider';
import { reasonMessage } from '../../i18n/verdict-reasons';
import { ProofNotice } from './ProofNotice';

/** The most failed reasons listed; a rewritten file would give many more. */
const SHOWN = 12;

/** The handover from the registered key that vouches for a new device's key, if that is how it matched. */
function handoverFromRegistered(result: VerdictResult, registered: string | null): HandoverLink | undefined {
  if (registered === null || !matchedByHandover(result, registered)) return undefined;
  return result.handover?.links.find((link) => link.from === registered);
}

/** A reason for the verdict: passed (✓) or failed (✗), in words either way. */
function Reason({ ok, children }: { ok: boolean; children: string }) {
  return (
    <li className={ok ? 'reason-ok' : 'reason-bad'}>
      <span aria-hidden="true">{ok ? '✓' : '✗'}</span> {children}
    </li>
  );
}

/** What the verdict panel shows of a check: a file's (with its figures) or a QR code's (without). */
export type VerdictResult = ReasonSource;

/**
 * The verdict first, in large plain words (ASLI, DIUBAH, TIDAK BISA DIPERIKSA), with its reasons
 * (the same sentences the command line prints), and a loud warning when the statement's member is
 * not in this device's registry.
 */
export function VerdictPanel(props: {
  name: string;
  result: VerdictResult;
  /** The fingerprint registered for the member; null when none is. */
  registered: string | null;
  /** The statement's member number when no key is registered for it on this device; else null. */
  unregisteredMember: string | null;
  /** The words under the verdict; default: the file's. */
  summaryKey?: 'verify.qr.genuine.summary';
}) {
  const { t, language, date } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const { result } = props;
  useEffect(() => heading.current?.focus(), [result]);
  const { verdict } = result;
  const handedOver = handoverFromRegistered(result, props.registered);
  // A key that matched through a handover says so instead of "the registered key".
  const reasons = verdictReasons(result).filter((r) => !(handedOver && r.code === 'key.registered'));
  const failed = reasons.filter((r) => !r.ok);
  const passed = reasons.filter((r) => r.ok);
  const summary =
    verdict === 'genuine' && props.summaryKey
      ? props.summaryKey
      : (`verify.verdict.${verdict}.summary` as const);
  return (
    <section className={`verdict verdict-${verdict}`} aria-labelledby="verdict-h">
      <p className="verdict-file">{t('verify.file', { name: props.name })}</p>
      <h2 id="verdict-h" className="verdict-word" ref={heading} tabIndex={-1} data-testid="verdict">
        {t(`verify.verdict.${verdict}`)}
      </h2>
      <p className="verdict-summary">{t(summary)}</p>
      <ul className="verdict-reasons">
        {passed.map((reason, i) => (
          <Reason key={`ok-${i}`} ok>
            {reasonMessage(language, reason)}
          </Reason>
        ))}
        {handedOver && (
          <Reason ok>
            {t('verify.reason.handedOver', { from: handedOver.from, date: date(handedOver.at.slice(0, 10)) })}
          </Reason>
        )}
        {failed.slice(0, SHOWN).map((reason, i) => (
          <Reason key={`bad-${i}`} ok={false}>
            {reasonMessage(language, reason)}
          </Reason>
        ))}
      </ul>
      {failed.length > SHOWN && (
        <p className="help">{t('verify.reason.more', { count: failed.length - SHOWN })}</p>
      )}
      {props.unregisteredMember !== null && (
        <div className="alarm" role="alert" data-testid="unregistered">
          <p>
            <strong>{t('verify.key.unregistered.title')}</strong>
          </p>
          <p>{t('verify.key.unregistered', { member: props.unregisteredMember })}</p>
        </div>
      )}
      <ProofNotice />
    </section>
  );
}
