import { dateInTimeZone, dayInZone, daysBetween, instantTime } from '../dates';
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
  const { period, createdAt } = statement;
  const { timeZone } = statement.business;
  const problems: Problem[] = [];
  if (!isWholeMonths(period)) problems.push({ code: 'period.notWholeMonths', params: { ...period } });
  const made = new Date(createdAt);
  const madeOn = dateInTimeZone(made, timeZone);
  if (madeOn <= period.to) problems.push({ code: 'period.notEnded', params: { to: period.to, madeOn } });
  const dayOf = dayInZone(timeZone);
  const rows: Recorded[] = [...statement.entries, ...statement.transfers];
  const after = rows.filter((r) => instantTime(r.recordedAt) > made.getTime());
  const early = rows.filter((r) => daysBetween(dayOf(r.recordedAt), r.date) > MAX_RECORDED_AHEAD_DAYS);
  problems.push(...countedProblem('rows.recordedAfterStatement', after, dayOf));
  problems.push(...countedProblem('rows.recordedTooEarly', early, dayOf));
  return problems;
}
