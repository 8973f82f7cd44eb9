import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayInZone } from '../../src/domain/dates';
import { buildDiscipline, countCorrections, type DisciplineEntry } from '../../src/domain/reports';

const ZONE = 'Asia/Makassar'; // WITA, UTC+8
const NOW = new Date('2026-07-10T04:00:00.000Z'); // 12:00 WITA on 10 July

/** An entry dated `date`, recorded at `hh:00` WITA on `recordedDay`. */
function entry(
  date: string,
  recordedDay = date,
  hh = 19,
  extra: Partial<DisciplineEntry> = {},
): DisciplineEntry {
  const recordedAt = new Date(`${recordedDay}T${String(hh).padStart(2, '0')}:00:00+08:00`).toISOString();
  return { date, recordedAt, updatedAt: recordedAt, source: 'app', voided: false, ...extra };
}

const june = { from: '2026-06-01', to: '2026-06-30', timeZone: ZONE, now: NOW };

describe('recording discipline', () => {
  it('counts active days, the longest gap, lag, back-dating, corrections and imports', () => {
    const entries = [
      entry('2026-06-01'),
      entry('2026-06-01', '2026-06-01', 7), // 07:00 WITA is still 31 May in UTC
      entry('2026-06-02', '2026-06-03'),
      entry('2026-06-10', '2026-06-14'),
      entry('2026-06-11', '2026-06-11', 20, {
        updatedAt: new Date('2026-06-12T09:00:00+08:00').toISOString(),
      }),
      entry('2026-06-12', '2026-06-12', 8, {
        voided: true,
        updatedAt: new Date('2026-06-12T23:00:00+08:00').toISOString(),
      }),
      entry('2026-06-30', '2026-07-05', 10, { source: 'import' }),
      entry('2026-05-31'), // outside the period
    ];
    const discipline = buildDiscipline({ ...june, entries });
    expect(discipline).toEqual({
      activeDays: 5, // 1, 2, 10, 11, 30 June (the voided entry on the 12th does not count)
      daysInPeriod: 30,
      longestGapDays: 18, // 12–29 June
      medianLagDays: 0.5, // lags 0, 0, 1, 4, 0, 5 → 0, 0, 0, 1, 4, 5
      backdatedShare: 2 / 6,
      corrections: 1, // edited the next day; the same-day void is not a correction
      importedShare: 1 / 6,
      warnings: [],
    });
  });

  it('reads days in the book’s time zone, not UTC', () => {
    // 23:30 WITA on 1 June is 15:30 UTC, the same day; 00:30 WITA on 2 June is still 1 June in UTC.
    const late = entry('2026-06-01', '2026-06-02', 0);
    expect(buildDiscipline({ ...june, entries: [late] }).medianLagDays).toBe(1);
    expect(buildDiscipline({ ...june, timeZone: 'UTC', entries: [late] }).medianLagDays).toBe(0);
  });

  it('warns when much of the period was typed in during the last 14 days for dates over 30 days old', () => {
    const period = { ...june, from: '2026-05-01' };
    const lateDays = Array.from({ length: 12 }, (_, i) => addDays('2026-05-20', i)); // 38–49 days late
    const typedLate = lateDays.map((d) => entry(d, '2026-07-08'));
    const kept = Array.from({ length: 20 }, (_, i) => entry(addDays('2026-06-13', i % 18)));
    const discipline = buildDiscipline({ ...period, entries: [...typedLate, ...kept] });
    expect(discipline.warnings).toEqual([
      { code: 'discipline.lateBurst', params: { count: 12, days: 14, age: 30 } },
    ]);
    // the same entries typed in a fortnight earlier are outside the window, not a burst before applying
    const earlier = lateDays.map((d) => entry(d, '2026-06-25'));
    expect(buildDiscipline({ ...period, entries: [...earlier, ...kept] }).warnings).toEqual([]);
    // a handful of late receipts is normal
    const few = typedLate.slice(0, 9);
    expect(buildDiscipline({ ...period, entries: [...few, ...kept] }).warnings).toEqual([]);
  });

  it('guards an empty period and days still to come', () => {
    expect(buildDiscipline({ ...june, entries: [] })).toEqual({
      activeDays: 0,
      daysInPeriod: 30,
      longestGapDays: 30,
      medianLagDays: 0,
      backdatedShare: 0,
      corrections: 0,
      importedShare: 0,
      warnings: [{ code: 'discipline.noEntries' }],
    });
    const thisMonth = buildDiscipline({
      from: '2026-07-01',
      to: '2026-07-31',
      timeZone: ZONE,
      now: NOW,
      entries: [entry('2026-07-01'), entry('2026-07-02')],
    });
    expect(thisMonth).toMatchObject({ activeDays: 2, daysInPeriod: 10, longestGapDays: 8 });
    const future = buildDiscipline({
      from: '2026-08-01',
      to: '2026-08-31',
      timeZone: ZONE,
      now: NOW,
      entries: [],
    });
    expect(future).toMatchObject({ activeDays: 0, daysInPeriod: 0, longestGapDays: 0 });
  });

  it('counts corrections alone as the whole report does: entries of the period changed on a later day', () => {
    const instant = fc
      .integer({ min: Date.parse('2026-05-25T00:00:00Z'), max: Date.parse('2026-07-08T00:00:00Z') })
      .map((ms) => new Date(ms).toISOString());
    const drawn = fc.record({
      day: fc.integer({ min: 0, max: 40 }),
      recordedAt: instant,
      // Unchanged (the same instant), changed the same day or later, or changed at another instant.
      change: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 3 * 86_400_000 }), instant),
      voided: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(drawn, { maxLength: 30 }), fc.constantFrom(ZONE, 'UTC'), (rows, timeZone) => {
        const entries = rows.map(({ day, recordedAt, change, voided }) => ({
          ...entry(addDays('2026-05-28', day)),
          recordedAt,
          updatedAt:
            change === null
              ? recordedAt
              : typeof change === 'number'
                ? new Date(Date.parse(recordedAt) + change).toISOString()
                : change,
          voided,
        }));
        const dayOf = dayInZone(timeZone);
        const inJune = entries.filter((e) => e.date >= june.from && e.date <= june.to);
        const scanned = inJune.filter((e) => dayOf(e.updatedAt) > dayOf(e.recordedAt)).length;
        const counted = countCorrections({ ...june, timeZone, entries });
        expect(counted).toBe(scanned);
        expect(buildDiscipline({ ...june, timeZone, entries }).corrections).toBe(counted);
      }),
    );
  });
});
