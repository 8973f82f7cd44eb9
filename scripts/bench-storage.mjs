// The storage metrics, timed inside the bench page (scripts/bench/page.ts) on the seeded books.
import { sideBySide } from './bench-results.mjs';

/** Saves timed in each run of the save metric. */
const SAVES = 50;

/** How much slower than a plain add a save may be, in every pass. */
const SAVE_TARGET = 2;

/**
 * The storage rows `runs` times on the same seeded books, reopening the browser (and waiting for
 * the disk to settle) before each pass after the first; with more than one pass, each row names its
 * pass and a last row says whether the save held its target in every one.
 */
export async function measureStorageRuns(bench, books, { runs, reopen }) {
  const saves = [];
  for (let run = 1; run <= runs; run++) {
    if (run > 1) await reopen();
    const pass = runs > 1 ? ` (pass ${run} of ${runs})` : '';
    if (pass) bench.log(`storage rows${pass}`);
    const record = (metric, ...rest) => bench.record(`${metric}${pass}`, ...rest);
    saves.push(await measureStorage({ ...bench, record }, books));
  }
  if (runs === 1) return;
  const ratios = saves.map((s) => s.value / s.reference);
  bench.record(
    `save one entry, worst of ${runs} passes`,
    '×',
    { value: Math.max(...ratios), reference: null },
    `≤ ${SAVE_TARGET} × in each pass`,
    ratios.every((r) => r <= SAVE_TARGET),
    `ratio to the plain add in each pass: ${ratios.map((r) => r.toFixed(2)).join(', ')}`,
  );
}

/** Times every storage metric side by side with its reference and records it; answers the save's figures. */
async function measureStorage({ api, settle, record, log }, { b100, b300, period, today, month }) {
  const time = (probe, calls) => () => api('time', probe, calls);
  const both = (subject, reference) => sideBySide(subject, reference, settle);
  log(
    `the bounded report agrees with the scan of ${period.from.slice(0, 4)}: ${await api('agree', b100, period.from, period.to)}`,
  );

  const report100 = await both(
    time({ metric: 'report', bookId: b100, ...period }, 3),
    time({ metric: 'reportScan', bookId: b100, ...period }, 1),
  );
  record(
    'year P&L + month table + categories, 100k entries',
    'ms',
    report100,
    '≤ 5 ms',
    report100.value <= 5,
    'reference: the same figures by scanning the year’s entries',
  );

  const report300 = await both(
    time({ metric: 'report', bookId: b300, ...period }, 3),
    time({ metric: 'report', bookId: b100, ...period }, 3),
  );
  record(
    'same at 300k entries',
    'ms',
    report300,
    '≤ 1.2 × 100k',
    report300.value <= 1.2 * report300.reference,
    'reference: the same report at 100k, measured alongside',
  );

  const home = await both(
    time({ metric: 'home', bookId: b100, today }, 5),
    time({ metric: 'homeDaily', bookId: b100, today }, 5),
  );
  record(
    'home summary (today + month + balances), 100k',
    'ms',
    home,
    '≤ 3 ms',
    home.value <= 3,
    'reference: the pre-v3 path, every daily rollup up to today',
  );

  const target = await api('saleTarget', b100);
  // Fifty saves a run: a single commit's time swings with the disk, fifty of them much less.
  const save = await both(
    time({ metric: 'save', bookId: b100, today, ...target }, SAVES),
    time({ metric: 'plainAdd', today }, SAVES),
  );
  record(
    'save one entry (entry + revision + rollups, committed)',
    'ms',
    save,
    `≤ ${SAVE_TARGET} × reference`,
    save.value <= SAVE_TARGET * save.reference,
    'reference: a plain Dexie add of one entry record to the same entries table, same strict durability',
  );
  const ownDatabase = await both(
    time({ metric: 'save', bookId: b100, today, ...target }, SAVES),
    time({ metric: 'plainAddOwnDatabase', today }, SAVES),
  );
  log(
    `diagnostic: a plain add into a small database of its own takes ${ownDatabase.reference.toFixed(2)} ms ` +
      `(save alongside: ${ownDatabase.value.toFixed(2)} ms, ratio ${(ownDatabase.value / ownDatabase.reference).toFixed(2)})`,
  );

  const ledger = await both(
    time({ metric: 'ledger', bookId: b100, month }, 20),
    time({ metric: 'ledgerRaw', bookId: b100, month }, 20),
  );
  record(
    `ledger first page of ${month} (50 rows), 100k`,
    'ms',
    ledger,
    '≤ 1.5 × reference',
    ledger.value <= 1.5 * ledger.reference,
    'reference: raw IndexedDB getAll on [bookId+date], 50 rows',
  );

  await settle();
  const count = await api('countAllEntries');
  log(
    `diagnostic: counting every entry of the database (the home screen's backup reminder does) takes ${count.toFixed(0)} ms`,
  );
  return save;
}
