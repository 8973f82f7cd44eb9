import type { CreditLabels } from './credit-labels';
import { wallClockIn, zoneName, type BusinessDate, type BusinessMonth } from '../dates';
import type { CategoryKind } from '../kinds';
import type { Problem } from '../result';
import type { CapacitySource, Statement } from './schema';

/** The figures a statement names: the lines of profit and loss, cash flow and the months. */
export type StatementFigure =
  | 'revenue'
  | 'cogs'
  | 'grossProfit'
  | 'operatingExpenses'
  | 'operatingProfit'
  | 'otherIncome'
  | 'otherExpenses'
  | 'netProfit'
  | 'cashIn'
  | 'cashOut'
  | 'closingBalance'
  | 'openingBalance'
  | 'operating'
  | 'investing'
  | 'financing';

/** The words of a statement's PDF and workbook other than figures and kinds (headings, fields, notes). */
export type StatementWord =
  | 'title'
  | 'documentTitle'
  | 'documentSubject'
  | 'attachment'
  | 'footer'
  | 'business'
  | 'businessName'
  | 'owner'
  | 'memberNumber'
  | 'cooperative'
  | 'branch'
  | 'cooperativeBranch'
  | 'businessType'
  | 'period'
  | 'from'
  | 'to'
  | 'createdAt'
  | 'statementId'
  | 'statementCode'
  | 'fingerprint'
  | 'profitLoss'
  | 'profitLossOf'
  | 'byCategory'
  | 'noCategories'
  | 'amount'
  | 'kind'
  | 'monthsTable'
  | 'month'
  | 'cashFlow'
  | 'accounts'
  | 'accountsAtEnd'
  | 'balance'
  | 'chart'
  | 'chartCosts'
  | 'capacity'
  | 'capacityM'
  | 'capacityH'
  | 'capacityI'
  | 'capacityR'
  | 'rpcFormula'
  | 'rpcHelp'
  | 'perMonth'
  | 'perMonthFrom'
  | 'sheetM'
  | 'sheetH'
  | 'sheetI'
  | 'sheetR'
  | 'rpc'
  | 'sourceMember'
  | 'sourcePrive'
  | 'sourcePokok'
  | 'discipline'
  | 'activeDays'
  | 'activeDaysValue'
  | 'daysValue'
  | 'daysInPeriod'
  | 'longestGap'
  | 'longestGapDays'
  | 'medianLag'
  | 'medianLagDays'
  | 'backdated'
  | 'backdatedShare'
  | 'corrections'
  | 'correctionsValue'
  | 'imported'
  | 'importedValue'
  | 'importedShare'
  | 'warning'
  | 'notes'
  | 'noteCashBasis'
  | 'noteUnaudited'
  | 'noteOutsideProfit'
  | 'noteCapacity'
  | 'noteSourcePrive'
  | 'noteSourcePokok'
  | 'noteOmitted'
  | 'noteRows'
  | 'verification'
  | 'verificationSigned'
  | 'verificationMatch'
  | 'verificationProves'
  | 'sheetSummary'
  | 'sheetMonths'
  | 'sheetEntries'
  | 'sheetTransfers'
  | 'date'
  | 'direction'
  | 'category'
  | 'account'
  | 'note'
  | 'recordedAt'
  | 'id'
  | 'fromAccount'
  | 'toAccount'
  | 'in'
  | 'out'
  | 'yes'
  | 'no'
  | 'signatures'
  | 'signaturesNote'
  | 'signatureMember'
  | 'signatureOfficer'
  | 'signatureName'
  | 'signatureDate';

/** An instant as a clock in a time zone shows it, with the zone's short name (see `wallClockIn`, `zoneName`). */
export interface WallClock {
  date: BusinessDate;
  hour: number;
  minute: number;
  zone: string;
}

/** Values put into a word's `{name}` placeholders. */
export type WordParams = Record<string, string | number>;

/**
 * The words and formats a statement's PDF and workbook are written in. The domain lays the files
 * out; the caller (the app, the command line) brings the language from i18n, which the domain does
 * not import.
 */
export interface StatementLabels {
  /** The BCP 47 tag of the text, written into the PDF. */
  locale: string;
  /** A word or sentence, its placeholders filled. */
  word(word: StatementWord, params?: WordParams): string;
  /** The name of each figure. */
  figure: Readonly<Record<StatementFigure, string>>;
  /** The name of each kind of category. */
  kind: Readonly<Record<CategoryKind, string>>;
  /** A period: `1 Januari 2026 s.d. 30 Juni 2026`. */
  period(period: { from: BusinessDate; to: BusinessDate }): string;
  /** A month for table heads and the chart: `Jan 2026`. */
  month(month: BusinessMonth): string;
  /** A wall-clock time, its zone named: `28 November 2026 pukul 20.27 WITA`. */
  instant(clock: WallClock): string;
  /** A share (0–1) as a percentage: `12,5%`. */
  share(share: number): string;
  /** A number with at most one decimal: `1,5`. */
  decimal(value: number): string;
  /** The sentence of a discipline warning. */
  warning(warning: Problem): string;
  /** The words of the `/2` sections (positions, debts, stock, notes). */
  credit?: CreditLabels;
}

/** When a statement was made, on the book's wall clock with its zone named (`… pukul 20.27 WITA`). */
export function madeAtWords(labels: StatementLabels, createdAt: string, timeZone: string): string {
  const clock = wallClockIn(new Date(createdAt), timeZone);
  return labels.instant({ ...clock, zone: zoneName(timeZone, clock.offsetMinutes) });
}

/** Where H or I came from: stated by the owner, or the book's average of prive or pokok. */
export const capacitySource = (
  labels: StatementLabels,
  source: CapacitySource | undefined,
  average: 'sourcePrive' | 'sourcePokok' | 'noteSourcePrive' | 'noteSourcePokok',
): string => labels.word(source === 'member' ? 'sourceMember' : average);

/** The notes every statement carries (H and I as the file says they were set). */
export function statementNotes(
  labels: StatementLabels,
  omitNotes: boolean,
  capacity: Pick<Statement['repaymentCapacity'], 'householdCostsSource' | 'existingInstalmentsSource'>,
): string[] {
  const h = capacitySource(labels, capacity.householdCostsSource, 'noteSourcePrive');
  const i = capacitySource(labels, capacity.existingInstalmentsSource, 'noteSourcePokok');
  const notes = [
    labels.word('noteCashBasis'),
    labels.word('noteUnaudited'),
    labels.word('noteOutsideProfit'),
    labels.word('noteCapacity', { h, i }),
  ];
  if (omitNotes) notes.push(labels.word('noteOmitted'));
  return notes;
}
