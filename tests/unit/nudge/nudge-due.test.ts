import { describe, expect, it } from 'vitest';
import { nudgeDue, type NudgeState } from '../../../src/domain/nudge/decide';

const state: NudgeState = {
  enabled: true,
  time: '19:00',
  timeZone: 'Asia/Makassar',
  lastRecordedDate: '2026-11-30',
  lastNudgedDate: null,
};
// 19:30 in Makassar (UTC+8) on 1 December is 11:30 UTC.
const evening = new Date('2026-12-01T11:30:00Z');

describe('the evening reminder', () => {
  it('reminds after the chosen time when nothing was recorded today', () => {
    expect(nudgeDue(state, evening)).toBe('2026-12-01');
  });

  it('stays quiet before the time, after a record today, once shown today, or when off', () => {
    expect(nudgeDue(state, new Date('2026-12-01T10:59:00Z'))).toBeNull();
    expect(nudgeDue({ ...state, lastRecordedDate: '2026-12-01' }, evening)).toBeNull();
    expect(nudgeDue({ ...state, lastNudgedDate: '2026-12-01' }, evening)).toBeNull();
    expect(nudgeDue({ ...state, enabled: false }, evening)).toBeNull();
  });

  it('reads the day and the hour in the book’s zone, not the phone’s', () => {
    // 23:30 UTC on 30 November is already 06:30 on 1 December in Jayapura: too early there.
    const jayapura = { ...state, timeZone: 'Asia/Jayapura' };
    expect(nudgeDue(jayapura, new Date('2026-11-30T21:30:00Z'))).toBeNull();
    // 12:00 UTC is 21:00 in Jayapura and 19:00 in Jakarta… 19:00 exactly counts.
    expect(nudgeDue({ ...state, timeZone: 'Asia/Jakarta' }, new Date('2026-12-01T12:00:00Z'))).toBe(
      '2026-12-01',
    );
    expect(nudgeDue({ ...state, time: '7pm' }, evening)).toBeNull();
  });
});
