import type { PeriodFigures } from '../../domain/reports';
import { formatRupiah } from '../../domain/money';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * The money that moved today but is neither income nor cost (capital paid in, a loan received,
 * drawings, principal repaid, equipment), said apart so the income figure reads as sales.
 */
export function OutsideProfit({ figures }: { figures: PeriodFigures }) {
  const { t } = useI18n();
  const otherIn = figures.moneyIn - figures.income;
  const otherOut = figures.moneyOut - figures.costs;
  if (otherIn === 0 && otherOut === 0) return null;
  return (
    <ul className="outside-profit help">
      {otherIn > 0 && (
        <li data-testid="today-other-in">{t('home.otherIn', { amount: formatRupiah(otherIn) })}</li>
      )}
      {otherOut > 0 && (
        <li data-testid="today-other-out">{t('home.otherOut', { amount: formatRupiah(otherOut) })}</li>
      )}
    </ul>
  );
}
