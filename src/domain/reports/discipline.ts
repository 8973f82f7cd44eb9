import { addDays, dayInZone, daysBetween, isBusinessDate, type BusinessDate } from '../dates';
import type { Entry } from '../model';
import type { Problem } from '../result';

/** What discipline reads from each entry: the app's own metadata. */
export type DisciplineEntry = Pick<Entry, 'date' | 'recordedAt' | 'source' | 'updatedAt' | 'voided'>;

/** What a discipline report is built from. */
export interface DisciplineInput {
  /** Entries of the book; only those dated in [from, to] count. */
  entries: readonly DisciplineEntry[];
  from: BusinessDate;
  to: BusinessDate;
  /** The book's IANA time zone: instants are turned into its calendar days. */
  timeZone: string;
  now: Date;
}

/** Recording discipline (kedisiplinan pencatatan) of a period. */
export interface Discipline {
  /** Days of the period with at least one (non-voided) entry. */
  activeDays: number;
  /** Days in the period up to today (days still to come are not counted against the member). */
  daysInPeriod: number;
  /** The longest run of days in the period without any entry. */
  longestGapDays: number;
  /** Median days from an entry's date to the day it was recorded (0 for an entry made on its day). */
  medianLagDays: number;
  /** Share (0–1) of entries recorded 3 or more days after their date. */
  backdatedShare: number;
  /** Entries (voided ones included) edited or voided after the day they were recorded. */
  corrections: number;
  /** Share (0–1) of entries imported rather than typed in the app. */
  importedShare: number;
  warnings: Problem[];
}

/** Warning codes; messages live in the i18n catalogue. */
export const DISCIPLINE_WARNING_CODES = ['discipline.lateBurst', 'discipline.noEntries'] as const;

/** Days after its date from which an entry counts as back-dated. */
export const BACKDATED_LAG_DAYS = 3;

/** The recent window the late-burst warning looks at, in days (today included). */
const LATE_BURST_WINDOW_DAYS = 14;
/** An entry is "old" for the late-burst warning when recorded more than this many days after its date. */
const LATE_BURST_AGE_DAYS = 30;
/**
 * "Many" late entries: at least 10 and at least a fifth of the period's entries. A few forgotten
 * receipts typed in late are normal; a fifth of the book typed in at once is the pattern a lender
 * should be told about, and 10 keeps a nearly empty book from tripping it on one or two entries.
 */
const LATE_BURST_MIN_COUNT = 10;
const LATE_BURST_MIN_SHARE = 0.2;

const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

/** The median of whole numbers (days of lag): sorted as a typed array, which orders numbers without a callback per comparison. */
function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The longest run of days in [from, to] that is not in `active`. */
function longestGap(active: ReadonlySet<BusinessDate>, from: BusinessDate, to: BusinessDate): number {
  let longest = 0;
  let run = 0;
  for (let day = from; day <= to; day = addDays(day, 1)) {
    run = active.has(day) ? 0 : run + 1;
    longest = Math.max(longest, run);
  }
  return longest;
}

/**
 * What discipline is computed from, row by row: for each non-voided entry dated in the period, its
 * date, the day it was recorded and how many days after its date that was (never below 0); how
 * many of those were imported; and how many entries (voided too) were corrected after their day.
 */
export interface DisciplineFacts {
  dates: readonly BusinessDate[];
  recordedDays: readonly BusinessDate[];
  lags: readonly number[];
  imported: number;
  corrections: number;
}

/** How many days after its date an entry recorded on `recordedDay` was recorded (0 when early). */
export const recordingLag = (date: BusinessDate, recordedDay: BusinessDate): number =>
  Math.max(0, daysBetween(date, recordedDay));

/** Whether an entry was edited or voided on a later day than it was recorded (a correction). */
function correctedLater(e: DisciplineEntry, dayOf: (instant: string) => BusinessDate): boolean {
  // An entry never changed keeps its first instant: the same day, without reading either.
  return e.updatedAt !== e.recordedAt && dayOf(e.updatedAt) > dayOf(e.recordedAt);
}

/**
 * How many entries dated in [from, to] (voided ones included) were corrected after the day they
 * were recorded: the `corrections` of `buildDiscipline`, on its own.
 */
export function countCorrections({ entries, from, to, timeZone }: Omit<DisciplineInput, 'now'>): number {
  const dayOf = dayInZone(timeZone);
  let corrections = 0;
  for (const e of entries) if (e.date >= from && e.date <= to && correctedLater(e, dayOf)) corrections += 1;
  return corrections;
}

/** Recording discipline for [from, to] from entry metadata. See docs/domain.md#recording-discipline */
export function buildDiscipline({ entries, from, to, timeZone, now }: DisciplineInput): Discipline {
  if (!isBusinessDate(from) || !isBusinessDate(to)) throw new RangeError(`not a period: ${from}..${to}`);
  const dayOf = dayInZone(timeZone);
  const kept = entries.filter((e) => e.date >= from && e.date <= to && !e.voided);
  const recordedDays = kept.map((e) => dayOf(e.recordedAt));
  return disciplineFromFacts(
    {
      dates: kept.map((e) => e.date),
      recordedDays,
      lags: kept.map((e, i) => recordingLag(e.date, recordedDays[i] ?? e.date)),
      imported: kept.filter((e) => e.source === 'import').length,
      corrections: countCorrections({ entries, from, to, timeZone }),
    },
    { from, to, today: dayOf(now.toISOString()) },
  );
}

/** Recording discipline for [from, to] as of `today` (the book's day), from its entries' facts. */
export function disciplineFromFacts(
  facts: DisciplineFacts,
  { from, to, today }: { from: BusinessDate; to: BusinessDate; today: BusinessDate },
): Discipline {
  const { recordedDays, lags, imported, corrections } = facts;
  const end = to < today ? to : today;
  const active = new Set(facts.dates);
  const windowStart = addDays(today, -(LATE_BURST_WINDOW_DAYS - 1));
  let lateRecent = 0;
  for (let i = 0; i < lags.length; i++) {
    const recorded = recordedDays[i] ?? today;
    if (recorded >= windowStart && recorded <= today && (lags[i] ?? 0) > LATE_BURST_AGE_DAYS) lateRecent += 1;
  }
  const count = lags.length;

  const warnings: Problem[] = [];
  if (count === 0) warnings.push({ code: 'discipline.noEntries' });
  if (lateRecent >= LATE_BURST_MIN_COUNT && share(lateRecent, count) >= LATE_BURST_MIN_SHARE)
    warnings.push({
      code: 'discipline.lateBurst',
      params: { count: lateRecent, days: LATE_BURST_WINDOW_DAYS, age: LATE_BURST_AGE_DAYS },
    });

  let backdated = 0;
  for (const lag of lags) if (lag >= BACKDATED_LAG_DAYS) backdated += 1;
  return {
    activeDays: [...active].filter((d) => d <= end).length,
    daysInPeriod: Math.max(0, daysBetween(from, end) + 1),
    longestGapDays: end < from ? 0 : longestGap(active, from, end),
    medianLagDays: median(lags),
    backdatedShare: share(backdated, count),
    corrections,
    importedShare: share(imported, count),
    warnings,
  };
}
