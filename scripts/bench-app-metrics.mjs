// The app metrics, measured in the real production app on the 100k book.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { coldLoad, heapRun, staticFirstScreen } from './bench-app.mjs';
import { median, RUNS } from './bench-results.mjs';

/** Heap after opening this year's report, and cold loads against a static page of the same first screen. */
export async function measureApp({ context, url, benchDir, record, log }, { year }) {
  const heaps = [];
  for (let i = 0; i < RUNS; i++) heaps.push(await heapRun(context, url, year));
  const heap = { value: median(heaps.map((h) => h.value)), reference: median(heaps.map((h) => h.reference)) };
  record(
    "JS heap after opening this year's report, 100k",
    'MiB',
    heap,
    '≤ 50 MiB',
    heap.value <= 50,
    'reference: the home screen of the same book',
  );

  await writeFile(join(benchDir, 'ref-home.html'), await staticFirstScreen(context, url));
  const colds = [];
  for (let i = 0; i < RUNS; i++) {
    const reference = await coldLoad(context, `${url}/__bench/ref-home.html`);
    const value = await coldLoad(context, `${url}/`);
    colds.push({ value: value.ms, reference: reference.ms, scripts: value.scripts });
    const { scriptsLoaded, domContentLoaded } = value.timing;
    log(
      `  cold load ${i + 1}: scripts in at ${scriptsLoaded.toFixed(0)} ms, DOMContentLoaded ${domContentLoaded.toFixed(0)} ms, ` +
        `first usable ${value.ms.toFixed(0)} ms (static reference ${reference.ms.toFixed(0)} ms)`,
    );
  }
  const cold = { value: median(colds.map((c) => c.value)), reference: median(colds.map((c) => c.reference)) };
  const scripts = [...new Set(colds[0]?.scripts ?? [])].join(', ');
  record(
    'cold load to first usable screen (4× CPU, slow 4G)',
    'ms',
    cold,
    '≤ 2500 ms',
    cold.value <= 2500,
    `reference: static HTML of the same first screen; scripts requested: ${scripts}`,
  );
}
