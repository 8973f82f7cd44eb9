import fc from 'fast-check';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  dayInZone,
  dayOfTimeInZone,
  fromDayNumber,
  isBusinessDate,
  lastDayOf,
  makeBusinessDate,
  monthsBetween,
  todayIn,
  toDayNumber,
} from '../../src/domain/dates';

/** UTC offsets, in hours, of the zones under test (none of them keeps daylight saving time). */
const ZONES = { 'Asia/Jakarta': 7, 'Asia/Makassar': 8, 'Asia/Jayapura': 9, UTC: 0 } as const;
type Zone = keyof typeof ZONES;
const zones = Object.keys(ZONES) as Zone[];

/** Days at the edges that go wrong first: month ends, year end, leap day. */
const DAYS = [
  '2026-01-01',
  '2026-01-31',
  '2026-02-28',
  '2026-03-01',
  '2026-06-30',
  '2026-12-31',
  '2028-02-29',
];

/** The instant when the clock in `zone` shows `hh:mm` on `day`. */
function localInstant(day: string, hh: number, mm: number, zone: Zone): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, hh - ZONES[zone], mm));
}

const originalTz = process.env.TZ;

describe.each(zones)('with the process running in %s', (processZone) => {
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('has really switched the process time zone', () => {
    process.env.TZ = processZone;
    // `+ 0` turns UTC's -0 into 0
    expect(-new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset() / 60 + 0).toBe(ZONES[processZone]);
  });

  describe.each(zones)('a book in %s', (bookZone) => {
    it.each(DAYS.flatMap((day) => [[day, '00:30'] as const, [day, '23:30'] as const]))(
      'knows that %s %s local time is that day',
      (day, time) => {
        process.env.TZ = processZone;
        const [hh, mm] = time.split(':').map(Number) as [number, number];
        vi.useFakeTimers({ now: localInstant(day, hh, mm, bookZone) });
        expect(todayIn(bookZone)).toBe(day);
        expect(todayIn(bookZone, new Date())).toBe(day);
      },
    );
  });
});

const dateBetween = (minYear: number, maxYear: number) =>
  fc
    .record({
      y: fc.integer({ min: minYear, max: maxYear }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ y, m, d }) => makeBusinessDate(y, m, Math.min(d, daysInMonth(y, m))) ?? '2026-01-01');
const businessDate = dateBetween(1900, 9999);

describe('day numbers', () => {
  it('fromDayNumber undoes toDayNumber for every date', () => {
    fc.assert(fc.property(businessDate, (date) => fromDayNumber(toDayNumber(date)) === date));
  });

  it('count days the way UTC calendars do', () => {
    fc.assert(
      fc.property(businessDate, (date) => {
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        return toDayNumber(date) === Date.UTC(y, m - 1, d) / 86_400_000;
      }),
    );
  });

  it('add and measure days consistently', () => {
    fc.assert(
      // Kept inside 1914–9985 so that the moved date stays a four-digit year.
      fc.property(dateBetween(1914, 9985), fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        const moved = addDays(date, n);
        return daysBetween(date, moved) === n && (n === 0 || moved !== date);
      }),
    );
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('calendar days', () => {
  it.each([
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-1-5', false],
    ['1899-12-31', false],
  ])('%s is a real business date: %s', (text, real) => {
    expect(isBusinessDate(text)).toBe(real);
  });

  it('builds dates from parts only when the day exists', () => {
    expect(makeBusinessDate(2026, 3, 5)).toBe('2026-03-05');
    expect(makeBusinessDate(2026, 2, 30)).toBeNull();
  });
});

describe('months', () => {
  it('know their lengths and last days', () => {
    expect(lastDayOf('2026-02')).toBe('2026-02-28');
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(lastDayOf('2026-04')).toBe('2026-04-30');
    expect(lastDayOf('2026-12')).toBe('2026-12-31');
  });

  it('step across year ends both ways', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-06', -18)).toBe('2024-12');
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: -300, max: 300 }),
        (y, m, n) => {
          const month = `${y}-${String(m).padStart(2, '0')}`;
          return addMonths(addMonths(month, n), -n) === month;
        },
      ),
    );
  });

  it('list every month a range touches', () => {
    expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03-01', '2026-03-31')).toEqual(['2026-03']);
  });
});

describe('the day of an instant in a time zone', () => {
  /** The day as the zone's calendar gives it: year, month and day read from the formatter's parts. */
  const formats = new Map<string, Intl.DateTimeFormat>();
  const partsDay = (time: number, timeZone: string): string => {
    let format = formats.get(timeZone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
      formats.set(timeZone, format);
    }
    const parts = format.formatToParts(time);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${get('year')}-${get('month')}-${get('day')}`;
  };
  // Indonesia's own zones (Jakarta's offsets of the 1920s not whole quarter hours), zones that move
  // their clocks (at midnight, by half an hour), and zones that skipped a day or sit a day ahead.
  const timeZones = [
    'Asia/Makassar',
    'Asia/Jakarta',
    'Asia/Kathmandu',
    'Australia/Lord_Howe',
    'America/Santiago',
    'America/Havana',
    'America/St_Johns',
    'Pacific/Kiritimati',
    'Pacific/Apia',
    'Europe/Berlin',
  ];

  it('is the day the zone’s calendar shows, in any year and around any change of the clocks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...timeZones),
        // From the year 1 to 9999: a year of fewer than four digits is written as the calendar writes it.
        fc.integer({ min: Date.UTC(1, 0, 1), max: Date.UTC(9999, 11, 31) }),
        (timeZone, time) => {
          expect(dayOfTimeInZone(timeZone)(time)).toBe(partsDay(time, timeZone));
        },
      ),
    );
  });

  it('is the day the zone’s calendar shows for every instant of a year read one after another', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...timeZones),
        // Kiritimati's clock ran at -10:40 until 1979: a day then began in the middle of a slot.
        fc.integer({ min: 1970, max: 2100 }),
        fc.integer({ min: 10 * 60_000, max: 6 * 3_600_000 }),
        (timeZone, year, step) => {
          const dayOf = dayOfTimeInZone(timeZone);
          for (let time = Date.UTC(year, 0, 1); time < Date.UTC(year + 1, 0, 1); time += step)
            if (dayOf(time) !== partsDay(time, timeZone)) expect(dayOf(time)).toBe(partsDay(time, timeZone));
        },
      ),
      { numRuns: 10 },
    );
  });

  it('gives each side of a midnight that falls inside a quarter hour its own day', () => {
    // Kiritimati kept -10:40 until 1979: its midnight of 1975-06-02 was 10:40 UTC.
    const dayOf = dayOfTimeInZone('Pacific/Kiritimati');
    expect(dayOf(Date.UTC(1975, 5, 2, 10, 35))).toBe('1975-06-01');
    expect(dayOf(Date.UTC(1975, 5, 2, 10, 41))).toBe('1975-06-02');
    expect(dayOf(Date.UTC(1975, 5, 2, 10, 39, 59, 999))).toBe('1975-06-01');
  });

  it('is the same for an instant written as text', () => {
    const dayOf = dayInZone('America/Santiago');
    for (const instant of [
      '2025-04-06T02:59:59.999Z',
      '2025-04-06T03:00:00.000Z',
      '2025-09-07T04:00:00.000Z',
    ])
      expect(dayOf(instant)).toBe(partsDay(Date.parse(instant), 'America/Santiago'));
  });
});
