import { overdrawnProblems, type CreditRow } from '../credit/balances';
import type { Contact } from '../credit/records';
import type { Problem } from '../result';

/**
 * What a change that may lower a debt is checked against: the credit rows of the contacts it
 * touches (every day of their history, or months of it stood on their first day) and those contacts,
 * for the message's name. Rows left out count as nothing owed, so a missing read refuses, never allows.
 */
export interface CreditBasis {
  rows: readonly CreditRow[];
  contacts: readonly Pick<Contact, 'id' | 'name'>[];
}

/** The refusal rule for a change's credit deltas: no contact may owe a negative amount on any day. */
export function creditProblems(deltas: readonly CreditRow[], basis: CreditBasis | undefined): Problem[] {
  if (!deltas.some((d) => d.settled > 0 || d.credit < 0 || d.opening < 0)) return [];
  const names = new Map((basis?.contacts ?? []).map((c) => [c.id, c.name]));
  return overdrawnProblems(basis?.rows ?? [], deltas, (id) => names.get(id) ?? id);
}
