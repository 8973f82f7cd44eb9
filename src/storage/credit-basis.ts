import type { CreditBasis } from '../domain/changes/credit-check';
import type { Contact } from '../domain/credit/records';
import type { Id } from '../domain/model';
import { contactSideRows } from './credit-checks';
import type { LumbungDb } from './db';

/**
 * What a change that may lower a debt is checked against: every day of the named contacts' credit
 * history on both sides (a range of the contact index each), and the contacts for the message.
 */
export async function creditBasis(
  db: LumbungDb,
  bookId: Id,
  contactIds: readonly (Id | undefined)[],
): Promise<CreditBasis> {
  const ids = [...new Set(contactIds.filter((id): id is Id => id !== undefined))];
  if (ids.length === 0) return { rows: [], contacts: [] };
  const [rows, contacts] = await Promise.all([
    Promise.all(
      ids.flatMap((id) =>
        (['receivable', 'payable'] as const).map((side) => contactSideRows(db, bookId, id, side).toArray()),
      ),
    ),
    db.contacts.bulkGet(ids),
  ]);
  return {
    rows: rows.flat(),
    contacts: contacts.filter((c): c is Contact => c !== undefined && c.bookId === bookId),
  };
}
