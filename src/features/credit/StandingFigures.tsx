import type { CreditSummary } from '../../domain/credit/aging';
import { formatRupiah } from '../../domain/money';
import { useI18n } from '../../i18n/I18nProvider';
import { Money } from '../../ui/Money';

/** What a contact owes and is owed, each with what of it is overdue, or that all is settled. */
export function StandingFigures({
  receivable,
  payable,
}: {
  receivable: CreditSummary;
  payable: CreditSummary;
}) {
  const { t } = useI18n();
  if (receivable.total === 0 && payable.total === 0)
    return <span className="standing muted">{t('credit.settled')}</span>;
  const side = (label: string, summary: CreditSummary) =>
    summary.total > 0 && (
      <span className="standing">
        <span>
          {label}: <Money value={summary.total} />
        </span>
        {summary.overdue > 0 && (
          <span className="overdue">{t('credit.overdue', { amount: formatRupiah(summary.overdue) })}</span>
        )}
      </span>
    );
  return (
    <>
      {side(t('credit.owesShop'), receivable)}
      {side(t('credit.shopOwes'), payable)}
    </>
  );
}
