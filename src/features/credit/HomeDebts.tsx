import { useLiveQuery } from 'dexie-react-hooks';
import type { CreditSummary } from '../../domain/credit/aging';
import { formatRupiah } from '../../domain/money';
import { useI18n } from '../../i18n/I18nProvider';
import { bookDebts } from '../../storage';
import { Money } from '../../ui/Money';
import { routes } from '../routes';
import { useSession } from '../session/SessionContext';
import './credit.css';

/** One side of the book's debts: its total, what of it is overdue, and the way to settle it. */
function DebtSide(props: {
  label: string;
  summary: CreditSummary;
  testId: string;
  settle: string;
  settleLabel: string;
}) {
  const { t } = useI18n();
  return (
    <div className="home-debt">
      <a className="home-debt-total" href={routes.contacts}>
        <span>{props.label}</span>
        <span className="big-figure" data-testid={props.testId}>
          <Money value={props.summary.total} />
        </span>
        {props.summary.overdue > 0 && (
          <span className="overdue" data-testid={`${props.testId}-overdue`}>
            {t('credit.home.overdue', { amount: formatRupiah(props.summary.overdue) })}
          </span>
        )}
      </a>
      {props.summary.total > 0 && (
        <a className="link" href={props.settle}>
          {props.settleLabel}
        </a>
      )}
    </div>
  );
}

/**
 * What the shop is owed and owes today, each with what is overdue; each opens the contacts, most
 * overdue first. Hidden while nothing is owed either way.
 */
export function HomeDebts() {
  const { db, book, today } = useSession();
  const { t } = useI18n();
  const overview = useLiveQuery(() => bookDebts(db, book.id, today), [db, book.id, today]);
  if (!overview || (overview.receivable.total === 0 && overview.payable.total === 0)) return null;
  return (
    <section className="card" aria-labelledby="debts-h">
      <h2 id="debts-h">{t('credit.home.title')}</h2>
      <DebtSide
        label={t('credit.home.owedToShop')}
        summary={overview.receivable}
        testId="owed-to-shop"
        settle={routes.settle('collect')}
        settleLabel={t('credit.home.collect')}
      />
      <DebtSide
        label={t('credit.home.owedByShop')}
        summary={overview.payable}
        testId="owed-by-shop"
        settle={routes.settle('pay')}
        settleLabel={t('credit.home.pay')}
      />
    </section>
  );
}
