import { useLiveQuery } from 'dexie-react-hooks';
import type { VerificationView } from '../../domain/statement';
import { useI18n } from '../../i18n/I18nProvider';
import { findMember, type KeyringDb } from '../../storage/lazy';
import { StatementView } from '../statement/view/StatementView';
import { CapacityCalculator } from './CapacityCalculator';
import { CreditFiguresCard } from './CreditFiguresCard';
import { KeyPanel } from './KeyPanel';
import { withRegisteredKey } from './registered-key';
import { VerdictPanel } from './VerdictPanel';
import { WitnessPanel } from './WitnessPanel';

/** One checked file: the verdict first, then the key and registry, the statement, and the calculator. */
export function VerifyResult(props: { name: string; verification: VerificationView; keyring: KeyringDb }) {
  const { t } = useI18n();
  const member = props.verification.statement?.business.memberNumber ?? '';
  const registered = useLiveQuery(
    async () => (await findMember(props.keyring, member)) ?? null,
    [props.keyring, member],
  );
  if (registered === undefined) return <p className="help">{t('verify.checking', { name: props.name })}</p>;
  const result = withRegisteredKey(props.verification, registered?.fingerprint ?? null);
  const { statement, shown } = result;
  return (
    <>
      <VerdictPanel
        name={props.name}
        result={result}
        registered={registered?.fingerprint ?? null}
        unregisteredMember={registered === null && member !== '' ? member : null}
      />
      {statement && (
        <>
          <CreditFiguresCard statement={statement} />
          <KeyPanel
            result={result}
            business={statement.business}
            registered={registered}
            keyring={props.keyring}
          />
          {result.witness && <WitnessPanel witness={result.witness} />}
          <section className="card" aria-labelledby="content-h">
            <h2 id="content-h">{t('verify.content.title')}</h2>
            {result.verdict !== 'genuine' && <p className="warning">{t('verify.content.untrusted')}</p>}
            <StatementView statement={statement} rows={shown ?? undefined} />
          </section>
          <CapacityCalculator statement={statement} capacity={shown?.capacity} />
        </>
      )}
    </>
  );
}
