import { useEffect, useRef } from 'react';
import { matchedByHandover, type HandoverLink, type KeyedVerification } from '../../domain/statement';
import { useI18n } from '../../i18n/I18nProvider';
import { ProofNotice } from './ProofNotice';

/** The most problems listed; a rewritten file would list many more. */
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
export type VerdictResult = KeyedVerification & { signatureValid: boolean; figuresConsistent?: boolean };

/** The verdict first, in large plain words (ASLI, DIUBAH, TIDAK BISA DIPERIKSA), with its reasons. */
export function VerdictPanel(props: {
  name: string;
  result: VerdictResult;
  /** The fingerprint registered for the member; null when none is. */
  registered: string | null;
  /** The words under the verdict; default: the file's. */
  summaryKey?: 'verify.qr.genuine.summary';
}) {
  const { name, result } = props;
  const { t, problem, date } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [result]);
  const { verdict } = result;
  const readable = verdict !== 'unreadable';
  const listed = result.problems.slice(0, SHOWN);
  const handedOver = handoverFromRegistered(result, props.registered);
  const summary =
    verdict === 'genuine' && props.summaryKey
      ? props.summaryKey
      : (`verify.verdict.${verdict}.summary` as const);
  return (
    <section className={`verdict verdict-${verdict}`} aria-labelledby="verdict-h">
      <p className="verdict-file">{t('verify.file', { name })}</p>
      <h2 id="verdict-h" className="verdict-word" ref={heading} tabIndex={-1} data-testid="verdict">
        {t(`verify.verdict.${verdict}`)}
      </h2>
      <p className="verdict-summary">{t(summary)}</p>
      <ul className="verdict-reasons">
        {readable && (
          <Reason ok={result.signatureValid}>
            {t(result.signatureValid ? 'verify.reason.signatureValid' : 'verify.reason.signatureInvalid')}
          </Reason>
        )}
        {readable && result.figuresConsistent !== undefined && (
          <Reason ok={result.figuresConsistent}>
            {t(
              result.figuresConsistent
                ? 'verify.reason.figuresConsistent'
                : 'verify.reason.figuresInconsistent',
            )}
          </Reason>
        )}
        {result.fingerprintMatches === true && !handedOver && (
          <Reason ok>{t('verify.reason.keyRegistered')}</Reason>
        )}
        {handedOver && (
          <Reason ok>
            {t('verify.reason.handedOver', { from: handedOver.from, date: date(handedOver.at.slice(0, 10)) })}
          </Reason>
        )}
        {listed.map((p, i) => (
          <Reason key={i} ok={false}>
            {problem(p)}
          </Reason>
        ))}
      </ul>
      {result.problems.length > SHOWN && (
        <p className="help">{t('verify.reason.more', { count: result.problems.length - SHOWN })}</p>
      )}
      <ProofNotice />
    </section>
  );
}
