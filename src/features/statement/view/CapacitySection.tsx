import type { Statement } from '../../../domain/statement';
import { useI18n } from '../../../i18n/I18nProvider';
import { Money } from '../../../ui/Money';
import { FigureList } from './FigureList';
import { formatShare } from '../../../i18n/format-number';

/** Kemampuan bayar as the statement states it: M, H and I (and where they come from), r, RPC. */
export function CapacitySection({ statement }: { statement: Statement }) {
  const { t, language } = useI18n();
  const r = statement.repaymentCapacity;
  const perMonth = (value: number, source?: string) => (
    <>
      <Money value={value} />
      {source && <span className="cell-sub">{source}</span>}
    </>
  );
  return (
    <section className="statement-part" aria-labelledby="st-capacity">
      <h3 id="st-capacity">{t('statement.view.capacity')}</h3>
      <FigureList
        rows={[
          { label: t('statement.capacity.m'), value: perMonth(r.averageNetProfit) },
          {
            label: t('statement.capacity.h'),
            value: perMonth(
              r.householdCosts,
              t(r.householdCostsSource === 'member' ? 'statement.source.member' : 'statement.source.prive'),
            ),
          },
          {
            label: t('statement.capacity.i'),
            value: perMonth(
              r.existingInstalments,
              t(
                r.existingInstalmentsSource === 'member'
                  ? 'statement.source.member'
                  : 'statement.source.pokok',
              ),
            ),
          },
          { label: t('statement.capacity.r'), value: formatShare(r.ratio, language) },
          { label: t('statement.capacity.rpc'), value: <Money value={r.rpc} />, strong: true },
        ]}
      />
      <p className="help">{t('statement.capacity.rpcHelp')}</p>
    </section>
  );
}
