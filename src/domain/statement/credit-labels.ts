import type { BusinessDate } from '../dates';
import type { WordParams } from './labels';

/** The words of the `/2` sections, by their key after `statementCredit.`. */
export type CreditWord =
  | 'purchases'
  | 'openingInventory'
  | 'closingInventory'
  | 'position'
  | 'positionAt'
  | 'cash'
  | 'receivables'
  | 'inventory'
  | 'fixedAssets'
  | 'totalAssets'
  | 'payables'
  | 'loans'
  | 'totalLiabilities'
  | 'paidInCapital'
  | 'retainedEarnings'
  | 'totalEquity'
  | 'aging'
  | 'agingSide'
  | 'contacts'
  | 'notDue'
  | 'days1to30'
  | 'days31to60'
  | 'days61to90'
  | 'over90'
  | 'stockCounts'
  | 'stockOpening'
  | 'noStockCounts'
  | 'calk'
  | 'calkBasis'
  | 'calkRecognition'
  | 'calkStock'
  | 'calkAssets'
  | 'calkOutside'
  | 'calkContacts'
  | 'calkLastCount'
  | 'calkNoCount'
  | 'calkPseudonyms'
  | 'sheetPosition'
  | 'sheetCredit'
  | 'line'
  | 'opening'
  | 'closing'
  | 'contact'
  | 'side'
  | 'receivable'
  | 'payable'
  | 'collect'
  | 'pay'
  | 'remaining'
  | 'dueDate'
  | 'carried'
  | 'settlements';

/** The words and the date format of the `/2` sections of a statement's PDF and workbook. */
export interface CreditLabels {
  word(word: CreditWord, params?: WordParams): string;
  /** A day in full: `31 Januari 2026`. */
  date(date: BusinessDate): string;
}
