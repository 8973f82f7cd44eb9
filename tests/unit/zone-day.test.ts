import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, todayIn } from '../../src/domain/dates';
import { dayBoundsIn } from '../../src/domain/zone-day';

/** Zones with their UTC offsets in hours (Indonesia keeps no daylight saving time). */
const ZONES = { 'Asia/Jakarta': 7, 'Asia/Makassar': 8, 'Asia/Jayapura': 9, UTC: 0 } as const;

describe('dayBoundsIn', () => {
  it('spans a business day from its local midnight to the next, in each of Indonesia’s zones', () => {
    for (const [zone, hours] of Object.entries(ZONES)) {
      const { since, until } = dayBoundsIn('2026-12-31', zone);
      expect(since).toBe(Date.UTC(2026, 11, 31) - hours * 3_600_000);
      expect(until - since).toBe(86_400_000);
    }
  });

  it('holds exactly the instants whose day in the zone is that day', () => {
    const zone = fc.constantFrom(...Object.keys(ZONES), 'America/New_York', 'Australia/Adelaide');
    const day = fc.integer({ min: 20_000, max: 22_000 }).map(fromDayNumber);
    fc.assert(
      fc.property(zone, day, (z, d) => {
        const { since, until } = dayBoundsIn(d, z);
        expect(todayIn(z, new Date(since))).toBe(d);
        expect(todayIn(z, new Date(until - 1))).toBe(d);
        expect(todayIn(z, new Date(since - 1))).toBe(addDays(d, -1));
        expect(todayIn(z, new Date(until))).toBe(addDays(d, 1));
      }),
    );
  });
});
