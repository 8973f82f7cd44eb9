import type {
  Contact,
  ContactRole,
  CreditSide,
  OpeningItemFields,
  SettlementFields,
  SettlementType,
  StockCount,
  StockCountFields,
} from '../credit/records';
import {
  contactProblems,
  openingItemProblems,
  settlementProblems,
  stockCountProblems,
} from '../credit/validate';
import type { BusinessDate } from '../dates';
import type { Account, Id, Instant } from '../model';
import type { Problem } from '../result';
import { canonicalText, nameKey } from '../text';
import { openingItemFieldsOf, settlementFieldsOf, stockCountFieldsOf } from './fields';
import { stockPlaceProblems } from './stock-count';

/** An imported collection or payment: its contact and account named rather than referred to by id. */
export interface ImportSettlementRow {
  line?: number;
  date: BusinessDate;
  type: SettlementType;
  contactName: string;
  amount: number;
  accountName: string;
  note: string;
}

/** An imported stock count or opening stock. */
export interface ImportStockRow {
  line?: number;
  date: BusinessDate;
  value: number;
  opening: boolean;
  note: string;
}

/** An imported opening receivable or payable: its contact named rather than referred to by id. */
export interface ImportOpeningRow {
  line?: number;
  date: BusinessDate;
  side: CreditSide;
  contactName: string;
  amount: number;
  dueDate?: BusinessDate;
  note: string;
}

/** What an import carries of debts and stock, beside its entries and transfers (all optional). */
export interface ImportCreditRows {
  newContacts?: { name: string; role: ContactRole }[];
  settlements?: ImportSettlementRow[];
  stockCounts?: ImportStockRow[];
  openingItems?: ImportOpeningRow[];
}

/** What the book has of debts and stock that an import is checked against. */
export interface ImportCreditContext {
  contacts?: readonly Contact[];
  /** The book's stock counts (voided ones are passed over). */
  stockCounts?: readonly StockCount[];
  /** The earliest date of any record the book already has. */
  firstRecordDate?: BusinessDate | undefined;
}

/** The debts and stock of an import with every name resolved to the book's (or a new) contact and account. */
export interface ResolvedImportCredit {
  newContacts: Contact[];
  settlements: SettlementFields[];
  stockCounts: StockCountFields[];
  openingItems: OpeningItemFields[];
  /** Each row's file line, in the order of its list, so records can be ordered as the file is. */
  lines: {
    settlements: (number | undefined)[];
    stockCounts: (number | undefined)[];
    openingItems: (number | undefined)[];
  };
}

/** The lists of an import batch a problem can be placed in. */
export type ImportList =
  | 'newAccounts'
  | 'newCategories'
  | 'entries'
  | 'transfers'
  | 'newContacts'
  | 'settlements'
  | 'stockCounts'
  | 'openingItems';

/** Places a problem: which list, which index in it and, when known, which line of the file. */
export const placed =
  (list: ImportList, row: number, line?: number) =>
  (p: Problem): Problem => ({
    code: p.code,
    params: { ...p.params, list, row, ...(line === undefined ? {} : { line }) },
  });

/**
 * Resolves and checks an import's contacts, settlements, stock counts and opening items (pure): new
 * contacts against the book's names, every row's contact and account, one count a day and one
 * opening stock, first. Whether a settlement is more than is owed is the credit rule's, on the deltas.
 */
export function resolveImportCredit(
  bookId: Id,
  batch: ImportCreditRows,
  context: ImportCreditContext & { at: Instant; newId: () => Id; firstDate: BusinessDate | undefined },
  accountByName: ReadonlyMap<string, Account>,
  problems: Problem[],
): { resolved: ResolvedImportCredit; contactByName: ReadonlyMap<string, Contact> } {
  const contacts = [...(context.contacts ?? [])];
  const newContacts: Contact[] = [];
  (batch.newContacts ?? []).forEach(({ name, role }, i) => {
    problems.push(...contactProblems({ name, whatsapp: '', role }, contacts).map(placed('newContacts', i)));
    const row: Contact = {
      id: context.newId(),
      bookId,
      name: canonicalText(name),
      whatsapp: '',
      role,
      hidden: false,
      createdAt: context.at,
      updatedAt: context.at,
    };
    contacts.push(row);
    newContacts.push(row);
  });
  const contactByName = new Map(contacts.map((c) => [nameKey(c.name), c]));
  const settlements = (batch.settlements ?? []).map((row, i) => {
    const contact = contactByName.get(nameKey(row.contactName));
    const account = accountByName.get(nameKey(row.accountName));
    const fields = settlementFieldsOf({ ...row, contactId: contact?.id ?? '', accountId: account?.id ?? '' });
    problems.push(
      ...settlementProblems(fields, { contact, account }).map(placed('settlements', i, row.line)),
    );
    return fields;
  });
  const counted: StockCount[] = (context.stockCounts ?? []).filter((c) => !c.voided);
  const stockCounts = (batch.stockCounts ?? []).map((row, i) => {
    const fields = stockCountFieldsOf(row);
    const basis = { counts: counted, firstRecordDate: context.firstDate };
    const found = [...stockCountProblems(fields), ...stockPlaceProblems(fields, basis)];
    problems.push(...found.map(placed('stockCounts', i, row.line)));
    counted.push({
      ...fields,
      id: `import-${i}`,
      bookId,
      recordedAt: context.at,
      updatedAt: context.at,
      source: 'import',
      voided: false,
    });
    return fields;
  });
  const openingItems = (batch.openingItems ?? []).map((row, i) => {
    const contact = contactByName.get(nameKey(row.contactName));
    const fields = openingItemFieldsOf({ ...row, contactId: contact?.id ?? '' });
    problems.push(...openingItemProblems(fields, contact).map(placed('openingItems', i, row.line)));
    return fields;
  });
  const lines = {
    settlements: (batch.settlements ?? []).map((r) => r.line),
    stockCounts: (batch.stockCounts ?? []).map((r) => r.line),
    openingItems: (batch.openingItems ?? []).map((r) => r.line),
  };
  return { resolved: { newContacts, settlements, stockCounts, openingItems, lines }, contactByName };
}
