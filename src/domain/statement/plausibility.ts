import { dateInTimeZone, dayInZone, dayOfTimeInZone, daysBetween, instantTime } from '../dates';
import { MAX_RECORDED_AHEAD_DAYS } from '../limits';
import { isWholeMonths } from '../reports';
import type { Problem } from '../result';
import type { Statement } from './schema';

/** A record of a statement as these rules read it: its date and when it was recorded. */
type Recorded = { id: string; date: string; recordedAt: string };

/** The first record that breaks a rule and how many do, as one problem (or none). */
function countedProblem(
  code: string,
  rows: readonly Recorded[],
  dayOf: (instant: string) => string,
): Problem[] {
  const first = rows[0];
  if (!first) return [];
  const recordedOn = dayOf(first.recordedAt);
  return [{ code, params: { count: rows.length, id: first.id, date: first.date, recordedOn } }];
}

/** Whether a record recorded at `recordedTime` was recorded after the statement was made (both epoch milliseconds). */
export const recordedAfterStatement = (recordedTime: number, madeTime: number): boolean =>
  recordedTime > madeTime;

/** Whether a record recorded `daysAhead` days before its own date was recorded more than `MAX_RECORDED_AHEAD_DAYS` before it. */
export const recordedTooFarAhead = (daysAhead: number): boolean => daysAhead > MAX_RECORDED_AHEAD_DAYS;

/** Whether a record dated `date` was recorded (on `recordedDay`) more than `MAX_RECORDED_AHEAD_DAYS` before it. */
export const recordedTooEarly = (recordedDay: string, date: string): boolean =>
  recordedTooFarAhead(daysBetween(recordedDay, date));

/** The rules about the statement's period alone: whole calendar months, made after its last day. */
export function periodPlausibility(
  statement: Pick<Statement, 'period' | 'createdAt' | 'business'>,
): Problem[] {
  const { period, createdAt } = statement;
  const problems: Problem[] = [];
  if (!isWholeMonths(period)) problems.push({ code: 'period.notWholeMonths', params: { ...period } });
  const madeOn = dateInTimeZone(new Date(createdAt), statement.business.timeZone);
  if (madeOn <= period.to) problems.push({ code: 'period.notEnded', params: { to: period.to, madeOn } });
  return problems;
}

/**
 * What a statement made by the app always satisfies, and a forged one may not
 * (docs/statement-format.md#plausibility): the period is whole calendar months; it was made after
 * the period's last day (in the business's time zone); no record was recorded after it was made;
 * and no record was recorded more than `MAX_RECORDED_AHEAD_DAYS` before its own date. One problem
 * per rule broken, naming the first record that breaks it and how many do.
 */
export function plausibilityProblems(
  statement: Pick<Statement, 'period' | 'createdAt' | 'business'> & {
    entries: readonly Recorded[];
    transfers: readonly Recorded[];
  },
): Problem[] {
  const made = new Date(statement.createdAt).getTime();
  const dayOf = dayInZone(statement.business.timeZone);
  const dayOfTime = dayOfTimeInZone(statement.business.timeZone);
  const after: Recorded[] = [];
  const early: Recorded[] = [];
  for (const rows of [statement.entries, statement.transfers])
    for (const r of rows) {
      // Each instant read once for both rules: a statement holds one per row.
      const recorded = instantTime(r.recordedAt);
      if (recordedAfterStatement(recorded, made)) after.push(r);
      if (recordedTooEarly(dayOfTime(recorded), r.date)) early.push(r);
    }
  return [
    ...periodPlausibility(statement),
    ...countedProblem('rows.recordedAfterStatement', after, dayOf),
    ...countedProblem('rows.recordedTooEarly', early, dayOf),
  ];
}
