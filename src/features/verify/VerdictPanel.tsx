import { useEffect, useRef } from 'react';
import type { StatementVerification } from '../../domain/statement';
import { useI18n } from '../../i18n/I18nProvider';
import { ProofNotice } from './ProofNotice';

/** The most problems listed; a rewritten file would list many more. */
const SHOWN = 12;

/** A reason for the verdict: passed (✓) or failed (✗), in words either way. */
function Reason({ ok, children }: { ok: boolean; children: string }) {
  return (
    <li className={ok ? 'reason-ok' : 'reason-bad'}>
      <span aria-hidden="true">{ok ? '✓' : '✗'}</span> {children}
    </li>
  );
}

/** The verdict first, in large plain words (ASLI, DIUBAH, TIDAK BISA DIPERIKSA), with its reasons. */
export function VerdictPanel({ name, result }: { name: string; result: StatementVerification }) {
  const { t, problem } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [result]);
  const { verdict } = result;
  const readable = verdict !== 'unreadable';
  const listed = result.problems.slice(0, SHOWN);
  return (
    <section className={`verdict verdict-${verdict}`} aria-labelledby="verdict-h">
      <p className="verdict-file">{t('verify.file', { name })}</p>
      <h2 id="verdict-h" className="verdict-word" ref={heading} tabIndex={-1} data-testid="verdict">
        {t(`verify.verdict.${verdict}`)}
      </h2>
      <p className="verdict-summary">{t(`verify.verdict.${verdict}.summary`)}</p>
      <ul className="verdict-reasons">
        {readable && (
          <Reason ok={result.signatureValid}>
            {t(result.signatureValid ? 'verify.reason.signatureValid' : 'verify.reason.signatureInvalid')}
          </Reason>
        )}
        {readable && (
          <Reason ok={result.figuresConsistent}>
            {t(
              result.figuresConsistent
                ? 'verify.reason.figuresConsistent'
                : 'verify.reason.figuresInconsistent',
            )}
          </Reason>
        )}
        {result.fingerprintMatches === true && <Reason ok>{t('verify.reason.keyRegistered')}</Reason>}
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
