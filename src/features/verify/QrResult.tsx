import { useLiveQuery } from 'dexie-react-hooks';
import type { QrVerification } from '../../domain/statement';
import { useI18n } from '../../i18n/I18nProvider';
import { findMember, type KeyringDb } from '../../storage/lazy';
import { Money } from '../../ui/Money';
import { FigureList } from '../statement/view/FigureList';
import { KeyPanel } from './KeyPanel';
import { withRegisteredKey } from './registered-key';
import { VerdictPanel } from './VerdictPanel';

/** One scanned QR code of a printed copy: the verdict, the signing key and registry, and the figures it carries. */
export function QrResult(props: { verification: QrVerification; keyring: KeyringDb }) {
  const { t, date } = useI18n();
  const summary = props.verification.summary;
  const member = summary?.memberNumber ?? '';
  const registered = useLiveQuery(
    async () => (await findMember(props.keyring, member)) ?? null,
    [props.keyring, member],
  );
  if (registered === undefined) return <p className="help">{t('verify.qr.reading')}</p>;
  const result = withRegisteredKey(props.verification, registered?.fingerprint ?? null);
  return (
    <>
      <VerdictPanel
        name={t('verify.qr.source')}
        result={result}
        registered={registered?.fingerprint ?? null}
        unregisteredMember={registered === null && member !== '' ? member : null}
        summaryKey="verify.qr.genuine.summary"
      />
      {summary && (
        <>
          <KeyPanel
            result={result}
            business={summary.memberNumber === null ? null : { memberNumber: summary.memberNumber }}
            registered={registered}
            keyring={props.keyring}
          />
          <section className="card" aria-labelledby="qr-content-h">
            <h2 id="qr-content-h">{t('verify.qr.summary.title')}</h2>
            {result.verdict !== 'genuine' && <p className="warning">{t('verify.content.untrusted')}</p>}
            <FigureList
              rows={[
                { label: t('book.memberNumber'), value: summary.memberNumber ?? '—' },
                {
                  label: t('statement.view.period'),
                  value: t('statement.view.periodValue', {
                    from: date(summary.period.from),
                    to: date(summary.period.to),
                  }),
                },
                { label: t('statement.figure.revenue'), value: <Money value={summary.revenue} /> },
                {
                  label: t('statement.figure.netProfit'),
                  value: <Money value={summary.netProfit} />,
                  strong: true,
                },
                {
                  label: t('statement.figure.closingBalance'),
                  value: <Money value={summary.closingBalance} />,
                },
                { label: t('verify.qr.summary.code'), value: <span className="mono">{summary.code}</span> },
                { label: t('statement.view.id'), value: <span className="mono">{summary.id}</span> },
              ]}
            />
            <p className="help">{t('verify.qr.only')}</p>
          </section>
        </>
      )}
    </>
  );
}
