import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { addEntry, homeSummary, positionAt, reportInput } from '../../src/storage';
import { buildReport } from '../../src/domain/reports';
import { freshDb, makeBook, sale, unwrap } from '../support/storage/db';

/** The values a live query gives, and a way to wait for the next one that passes a check. */
function watch<T>(query: () => Promise<T>) {
  const seen: T[] = [];
  const waiting: { check: (v: T) => boolean; done: (v: T) => void }[] = [];
  const subscription = liveQuery(query).subscribe({
    next: (value) => {
      seen.push(value);
      for (const w of [...waiting]) if (w.check(value)) w.done(value);
    },
  });
  const until = (check: (v: T) => boolean) =>
    new Promise<T>((done) => {
      const hit = seen.find(check);
      if (hit !== undefined) done(hit);
      else waiting.push({ check, done });
    });
  return { until, stop: () => subscription.unsubscribe() };
}

describe('the report, home and position reads', () => {
  it('show a sale saved while they are on screen', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const [from, to, today] = ['2026-03-01', '2026-03-31', '2026-03-15'];
    unwrap(await addEntry(db, t.book.id, sale(t, { date: today, amount: 300_000 })));
    const report = watch(async () => {
      const rows = await reportInput(db, t.book.id, from, to);
      return buildReport({ from, to, ...rows }).byKind.pendapatan;
    });
    const home = watch(async () => (await homeSummary(db, t.book.id, today)).today.moneyIn);
    const position = watch(async () => (await positionAt(db, t.book.id, to)).cash);
    expect(await report.until((v) => v === 300_000)).toBe(300_000);
    expect(await home.until((v) => v === 300_000)).toBe(300_000);
    expect(await position.until((v) => v === 300_000)).toBe(300_000);

    unwrap(await addEntry(db, t.book.id, sale(t, { date: today, amount: 45_000 })));
    expect(await report.until((v) => v === 345_000)).toBe(345_000);
    expect(await home.until((v) => v === 345_000)).toBe(345_000);
    expect(await position.until((v) => v === 345_000)).toBe(345_000);
    for (const w of [report, home, position]) w.stop();
  });
});
