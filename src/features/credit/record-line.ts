import type { ContactRecord } from '../../storage';
import { owedOf } from '../../domain/credit/entry-credit';
import type { MessageKey } from '../../i18n/id';

/** How a contact's record reads in its history: what it was, its amount, and what it left unpaid. */
export function recordLine(r: ContactRecord): { label: MessageKey; amount: number; owed: number } {
  switch (r.type) {
    case 'entry':
      return {
        label: r.record.direction === 'in' ? 'credit.record.sale' : 'credit.record.purchase',
        amount: r.record.amount,
        owed: owedOf(r.record),
      };
    case 'settlement':
      return {
        label: r.record.type === 'collect' ? 'credit.record.collect' : 'credit.record.pay',
        amount: r.record.amount,
        owed: 0,
      };
    case 'opening':
      return {
        label:
          r.record.side === 'receivable' ? 'credit.record.openingReceivable' : 'credit.record.openingPayable',
        amount: r.record.amount,
        owed: 0,
      };
  }
}
