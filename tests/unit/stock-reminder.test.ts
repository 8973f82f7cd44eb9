import { describe, expect, it } from 'vitest';
import { aMonthAfter, stockCountDue } from '../../src/domain/stock/reminder';

describe('the monthly stock-count reminder', () => {
  it('reckons a month by the calendar, keeping to short months', () => {
    expect(aMonthAfter('2026-01-31')).toBe('2026-02-28');
    expect(aMonthAfter('2028-01-31')).toBe('2028-02-29');
    expect(aMonthAfter('2026-12-15')).toBe('2027-01-15');
  });

  it('stays quiet for a book that neither counts nor buys goods', () => {
    expect(stockCountDue({}, '2026-06-01')).toBe(false);
  });

  it('asks once the last count is more than a month old, not on the day it turns a month', () => {
    expect(stockCountDue({ lastCount: '2026-03-10' }, '2026-04-10')).toBe(false);
    expect(stockCountDue({ lastCount: '2026-03-10' }, '2026-04-11')).toBe(true);
  });

  it('asks a shop that buys goods but never counted, a month after its first purchase', () => {
    expect(stockCountDue({ firstPurchase: '2026-05-20' }, '2026-06-01')).toBe(false);
    expect(stockCountDue({ firstPurchase: '2026-05-20' }, '2026-06-21')).toBe(true);
  });

  it('measures from the latest count, not the first purchase, once the book counts', () => {
    expect(stockCountDue({ lastCount: '2026-06-15', firstPurchase: '2026-01-02' }, '2026-07-01')).toBe(false);
  });

  it('keeps quiet for a month after the member sets it aside', () => {
    const basis = { lastCount: '2026-01-05', dismissedOn: '2026-03-01' };
    expect(stockCountDue(basis, '2026-03-20')).toBe(false);
    expect(stockCountDue(basis, '2026-04-01')).toBe(false);
    expect(stockCountDue(basis, '2026-04-02')).toBe(true);
  });
});
