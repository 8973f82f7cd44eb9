import { useEffect, useRef } from 'react';
import { verdictReasons, type StatementVerification } from '../../domain/statement';
import { useI18n } from '../../i18n/I18nProvider';
import { reasonMessage } from '../../i18n/verdict-reasons';
import { ProofNotice } from './ProofNotice';

/** The most failed reasons listed; a rewritten file would give many more. */
const SHOWN = 12;

/** A reason for the verdict: passed (✓) or failed (✗), in words either way. */
function Reason({ ok, children }: { ok: boolean; children: string }) {
  return (
    <li className={ok ? 'reason-ok' : 'reason-bad'}>
      <span aria-hidden="true">{ok ? '✓' : '✗'}</span> {children}
    </li>
  );
}

/**
 * The verdict first, in large plain words (ASLI, DIUBAH, TIDAK BISA DIPERIKSA), with its reasons
 * (the same sentences the command line prints), and a loud warning when the statement's member is
 * not in this device's registry.
 */
export function VerdictPanel(props: {
  name: string;
  result: StatementVerification;
  /** The statement's member number when no key is registered for it on this device; else null. */
  unregisteredMember: string | null;
}) {
  const { t, language } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const { result } = props;
  useEffect(() => heading.current?.focus(), [result]);
  const { verdict } = result;
  const reasons = verdictReasons(result);
  const failed = reasons.filter((r) => !r.ok);
  const listed = [...reasons.filter((r) => r.ok), ...failed.slice(0, SHOWN)];
  return (
    <section className={`verdict verdict-${verdict}`} aria-labelledby="verdict-h">
      <p className="verdict-file">{t('verify.file', { name: props.name })}</p>
      <h2 id="verdict-h" className="verdict-word" ref={heading} tabIndex={-1} data-testid="verdict">
        {t(`verify.verdict.${verdict}`)}
      </h2>
      <p className="verdict-summary">{t(`verify.verdict.${verdict}.summary`)}</p>
      <ul className="verdict-reasons">
        {listed.map((reason, i) => (
          <Reason key={i} ok={reason.ok}>
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
