import type { OutstandingItem } from '../credit/aging';
import type { BusinessDate } from '../dates';
import type { Id } from '../model';
import type { ExportRow } from './export';

/**
 * What the rows of a period need of the book before it, so that the period's file stands on its
 * own: at the end of the day before the period, each account's cash, the stock on hand, and what
 * remained of each item then still owed (settlements taken off the oldest first).
 */
export interface PeriodOpening {
  /** The day before the period. */
  day: BusinessDate;
  cash: readonly { accountId: Id; balance: number }[];
  /** The value of the stock on hand at the end of `day` (0 when never counted). */
  stock: number;
  carried: readonly OutstandingItem[];
  /** The categories the cash is carried in with: capital when an account holds money, drawings when it is short. */
  capital: string;
  drawings: string;
}

/** The rows a period opening adds: how many, for the count the member is shown. */
export const openingRowCount = (opening: PeriodOpening): number =>
  1 + opening.carried.length + opening.cash.filter((a) => a.balance !== 0).length;

/**
 * The opening as rows of the import format, written as the beginning of a book: an opening stock
 * first, each item still owed as an opening receivable or payable of its own date and due date with
 * what remained of it, and each account's cash as capital (or drawings) on the day before the
 * period. None of them is dated in the period, so its figures are the book's; and the opening
 * stock, which must come before every other record, keeps the file from being imported again into
 * a book that already holds what it stands for.
 */
export function openingRows(
  opening: PeriodOpening,
  accountOf: (id: Id) => string,
  contactOf: (id: Id) => string,
): ExportRow[] {
  const first = opening.carried.reduce((d, i) => (i.date < d ? i.date : d), opening.day);
  const rows: ExportRow[] = [
    {
      date: first,
      recordedAt: '',
      id: '',
      cells: [first, 'stok_awal', String(opening.stock), '', '', '', '', '', '', '', ''],
    },
  ];
  for (const item of opening.carried) {
    const type = item.side === 'receivable' ? 'piutang_awal' : 'utang_awal';
    const cells = [
      item.date,
      type,
      String(item.remaining),
      '',
      '',
      '',
      '',
      '',
      contactOf(item.contactId),
      '',
      item.dueDate ?? '',
    ] as const;
    rows.push({ date: item.date, recordedAt: item.order, id: '', cells });
  }
  // The cash rows keep the accounts' own order (Kas first, then by name), not their random ids'.
  for (const [place, { accountId, balance }] of opening.cash.entries()) {
    if (balance === 0) continue;
    const [type, category, kind] =
      balance > 0 ? ['masuk', opening.capital, 'modal'] : ['keluar', opening.drawings, 'prive'];
    const cells = [
      opening.day,
      type,
      String(Math.abs(balance)),
      category,
      kind,
      accountOf(accountId),
      '',
      '',
      '',
      '',
      '',
    ] as const;
    rows.push({ date: opening.day, recordedAt: '\uffff', id: String(place).padStart(6, '0'), cells });
  }
  return rows;
}
