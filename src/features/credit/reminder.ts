import type { OutstandingItem } from '../../domain/credit/aging';
import type { Contact } from '../../domain/credit/records';
import { whatsAppLink } from '../../domain/credit/whatsapp';
import { formatRupiah } from '../../domain/money';
import type { I18n } from '../../i18n/I18nProvider';

/** The earliest due date among what a customer still owes, if any item has one. */
export function firstDueDate(items: readonly OutstandingItem[]): string | undefined {
  const dates = items.filter((i) => i.side === 'receivable' && i.dueDate).map((i) => i.dueDate ?? '');
  return dates.sort()[0];
}

/**
 * The WhatsApp reminder for a customer who owes: a polite message naming the business, the amount
 * and the earliest due date, as a `wa.me` link; null without a number or a debt.
 */
export function reminderLink(
  i18n: Pick<I18n, 't' | 'date'>,
  business: string,
  contact: Contact,
  owed: number,
  items: readonly OutstandingItem[],
): string | null {
  if (contact.whatsapp === '' || owed <= 0) return null;
  const due = firstDueDate(items);
  const message = i18n.t('credit.remind.message', {
    name: contact.name,
    business,
    amount: formatRupiah(owed),
    due: due ? i18n.t('credit.remind.due', { date: i18n.date(due, 'dayFull') }) : '',
  });
  return whatsAppLink(contact.whatsapp, message);
}
