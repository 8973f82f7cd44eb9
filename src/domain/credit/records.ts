import { addDays, type BusinessDate } from '../dates';
import type { Id, Instant, Recorded } from '../model';

/** Whether a contact buys from the shop, sells to it, or both. */
export type ContactRole = 'customer' | 'supplier' | 'both';

/** Every contact role, in the order a picker offers them. */
export const CONTACT_ROLES: readonly ContactRole[] = ['customer', 'supplier', 'both'];

/** A customer or supplier of one book (kontak). Never hard-deleted; it can be hidden. */
export interface Contact {
  id: Id;
  bookId: Id;
  /** Unique per book, compared by `nameKey`. */
  name: string;
  /** An Indonesian mobile number in E.164 (`+628…`), or '' when none is known. */
  whatsapp: string;
  role: ContactRole;
  hidden: boolean;
  createdAt: Instant;
  updatedAt: Instant;
}

/** Which way a debt runs: the contact owes the shop (piutang), or the shop owes the contact (utang). */
export type CreditSide = 'receivable' | 'payable';

/** A collection (the contact pays the shop) or a payment (the shop pays the contact). */
export type SettlementType = 'collect' | 'pay';

/** The side of the debt a settlement of this type reduces. */
export const settlementSide = (type: SettlementType): CreditSide =>
  type === 'collect' ? 'receivable' : 'payable';

/** The fields of a settlement that a member sets. */
export interface SettlementFields {
  date: BusinessDate;
  type: SettlementType;
  contactId: Id;
  /** Whole Rupiah, positive. */
  amount: number;
  accountId: Id;
  note: string;
}

/** Money that settles a debt (terima piutang / bayar utang): cash moves, nothing enters profit and loss. */
export interface Settlement extends SettlementFields, Recorded {}

/** The fields of a stock count that a member sets. */
export interface StockCountFields {
  date: BusinessDate;
  /** The value at cost of the goods on hand, whole Rupiah ≥ 0. */
  value: number;
  note: string;
  /**
   * The opening stock (stok awal): what the shop had when its book began. It describes the start of
   * its day, so every rule counts it as a count at the end of the day before.
   */
  opening: boolean;
}

/** The value of the goods on hand at the end of a day (stok opname), or the book's opening stock. */
export interface StockCount extends StockCountFields, Recorded {}

/** The fields of an opening receivable or payable that a member sets. */
export interface OpeningItemFields {
  date: BusinessDate;
  side: CreditSide;
  contactId: Id;
  /** Whole Rupiah, positive. */
  amount: number;
  dueDate?: BusinessDate;
  note: string;
}

/** What a contact owed the shop, or the shop owed a contact, when the book began (saldo awal). */
export interface OpeningItem extends OpeningItemFields, Recorded {}

/** The day a stock count stands for in every rule: its own, or the day before for the opening stock. */
export const countedDate = (count: Pick<StockCountFields, 'date' | 'opening'>): BusinessDate =>
  count.opening ? addDays(count.date, -1) : count.date;
