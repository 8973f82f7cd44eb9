import type { CreditPlan } from '../../domain/csv/plan-credit';
import type { I18n } from '../../i18n/I18nProvider';

/**
 * What an import adds beside its entries, as one sentence: new contacts, collections and payments,
 * stock counts and opening items; nothing for a file with none of them.
 */
export function importCreditCounts(plan: CreditPlan, t: I18n['t']): string | undefined {
  const counts = {
    contacts: plan.newContacts.length,
    settlements: plan.settlements.length,
    stockCounts: plan.stockCounts.length,
    openingItems: plan.openingItems.length,
  };
  if (Object.values(counts).every((n) => n === 0)) return undefined;
  return t('data.import.credit', counts);
}
