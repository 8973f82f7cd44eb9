import type { OutstandingItem } from '../../domain/credit/aging';
import { daysBetween } from '../../domain/dates';
import { useI18n } from '../../i18n/I18nProvider';
import { Money } from '../../ui/Money';

/** The items a contact still owes or is owed, oldest first, each with its due date and how late it is. */
export function OutstandingList({ items, today }: { items: readonly OutstandingItem[]; today: string }) {
  const { t, date } = useI18n();
  if (items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="owed-h">
      <h2 id="owed-h">{t('credit.page.items')}</h2>
      <ul className="credit-items">
        {items.map((item) => {
          const late = item.dueDate && item.dueDate < today ? daysBetween(item.dueDate, today) : 0;
          return (
            <li key={item.order} data-testid="outstanding-item">
              <span>
                {date(item.date)} ·{' '}
                {item.dueDate ? t('credit.item.due', { date: date(item.dueDate) }) : t('credit.item.noDue')}
              </span>
              <span>
                <Money value={item.remaining} />{' '}
                {late > 0 ? (
                  <span className="overdue">{t('credit.item.late', { days: late })}</span>
                ) : (
                  <span className="muted">{t('credit.item.notDue')}</span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
