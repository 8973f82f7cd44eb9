import { useEffect, useState } from 'react';
import { verifyStatement, type StatementVerification } from '../../domain/statement';
import { CapacityCalculator } from '../../features/verify/CapacityCalculator';
import { CreditFiguresCard } from '../../features/verify/CreditFiguresCard';
import { VerdictPanel } from '../../features/verify/VerdictPanel';
import { StatementView } from '../../features/statement/view/StatementView';
import '../../features/verify/verify.css';
import { useI18n } from '../../i18n/I18nProvider';
import { api } from '../api';
import { memberHref } from '../route';
import { useErrorText } from '../use-error-text';
import { serverVerdict } from './server-verdict';
import type { StatementDetail } from './types';
import { WitnessReport } from './WitnessReport';

/**
 * One statement: the server's verdict first with its reasons, a `/2` statement's position and debts
 * by age, the witness report, the figures, the calculator.
 */
export function StatementScreen({ id }: { id: string }) {
  const { t, instant } = useI18n();
  const errorText = useErrorText();
  const [opened, setOpened] = useState<{ detail: StatementDetail; local: StatementVerification } | null>(
    null,
  );
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api<StatementDetail>('GET', `/statements/${encodeURIComponent(id)}`)
      .then(async (detail) => ({ detail, local: await verifyStatement(JSON.stringify(detail.statement)) }))
      .then(
        (value) => live && setOpened(value),
        (refused: unknown) => live && setError(errorText(refused)),
      );
    return () => {
      live = false;
    };
    // errorText is remade each render; the statement is fetched once per id.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
  if (error)
    return (
      <p className="office-error" role="alert">
        {error}
      </p>
    );
  if (!opened) return <p className="office-loading">{t('office.loading')}</p>;
  const { detail } = opened;
  const result = serverVerdict(detail, opened.local);
  const statement = result.statement;
  const zone = statement?.business.timeZone ?? 'Asia/Jakarta';
  const source =
    detail.source === 'officer'
      ? t('office.statement.source.officer', { officer: detail.uploadedBy ?? '—' })
      : t('office.statement.source.device');
  const unregistered = detail.problems.some((problem) => problem.code === 'device.unregistered');
  return (
    <article className="office-statement">
      <a href="#/" className="btn btn-small">
        {t('office.statement.back')}
      </a>
      <h1 tabIndex={-1}>{t('office.statement.title', { member: detail.memberNumber })}</h1>
      <p>
        <a href={memberHref(detail.memberNumber)}>
          {t('office.statement.member', { name: detail.memberName, number: detail.memberNumber })}
        </a>
      </p>
      <p className="help">
        {t('office.statement.meta', { received: instant(detail.receivedAt, zone), source })}
      </p>
      <VerdictPanel
        name={`${detail.memberNumber} ${detail.period.from} – ${detail.period.to}`}
        result={result}
        registered={detail.verdict === 'genuine' ? detail.fingerprint : null}
        unregisteredMember={unregistered ? detail.memberNumber : null}
      />
      {statement && <CreditFiguresCard statement={statement} />}
      <WitnessReport detail={detail} />
      {statement && (
        <>
          <section className="card" aria-labelledby="content-h">
            <h2 id="content-h">{t('verify.content.title')}</h2>
            {detail.verdict !== 'genuine' && <p className="warning">{t('verify.content.untrusted')}</p>}
            <StatementView statement={statement} />
          </section>
          <p className="help">
            {t('office.statement.ratioNote', { branch: detail.branch, ratio: detail.capacityRatio })}
          </p>
          <CapacityCalculator statement={statement} ratio={detail.capacityRatio} />
        </>
      )}
    </article>
  );
}
