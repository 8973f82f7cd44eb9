// Bench bookkeeping: side-by-side runs, medians, and the result rows of bench-results.json.
import { writeFile } from 'node:fs/promises';

/** Runs per metric; each figure is the median. */
export const RUNS = 5;

/** The middle value. */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const round = (n) => (n === null || n === undefined ? null : Math.round(n * 100) / 100);

/**
 * Runs `subject` and `reference` side by side RUNS times, after one warm-up each, with `settle`
 * (a garbage collection) before every timed run; the medians of both.
 */
export async function sideBySide(subject, reference, settle) {
  await reference();
  await subject();
  const values = [];
  const references = [];
  for (let i = 0; i < RUNS; i++) {
    await settle();
    references.push(await reference());
    await settle();
    values.push(await subject());
  }
  return { value: median(values), reference: median(references) };
}

/**
 * Collects result rows `{ metric, value, unit, reference, ratio, target, pass, note }` and prints them.
 * A metric with no target has `target: null` and `pass: null` (reported only); one with no
 * reference has `reference: null` and `ratio: null`.
 */
export function createResults(log) {
  const rows = [];
  return {
    record(metric, unit, { value, reference }, target, pass, note) {
      const row = {
        metric,
        value: round(value),
        unit,
        reference: round(reference),
        ratio: reference ? Number((value / reference).toPrecision(3)) : null,
        target,
        pass,
      };
      rows.push(note ? { ...row, note } : row);
      const verdict = pass === null ? 'reported' : pass ? 'pass' : 'FAIL';
      log(`${metric}: ${row.value} ${unit} (reference ${row.reference}, ratio ${row.ratio}) → ${verdict}`);
    },
    print(chunks, firstScreen) {
      console.log('\nChunks (assets of the production build, gzip level 9):');
      for (const c of chunks) {
        const kib = (n) => (n / 1024).toFixed(1);
        const mark = firstScreen.includes(c.file) ? '*' : ' ';
        console.log(
          `  ${mark} ${c.file.padEnd(44)} ${kib(c.bytes).padStart(8)} KiB  gzip ${kib(c.gzip).padStart(7)} KiB`,
        );
      }
      console.log('  (* = loaded by the first screen)\n');
      console.table(rows.map(({ note: _note, ...row }) => row));
      for (const { metric, note } of rows) if (note) console.log(`  ${metric}: ${note}`);
    },
    write: (file) => writeFile(file, `${JSON.stringify(rows, null, 2)}\n`),
  };
}
