// The statement metrics, timed inside the bench page (scripts/bench/page.ts) on a seeded book: a
// statement of the last 12 whole months, signed with a key made in the page (no keyring involved).
// makeStatementFiles makes the JSON and the PDF in one call, so the page also runs its two halves on
// their own (readStatementInput + signStatementInput, then renderStatementDocuments) to time each;
// and the whole call.
import { median, RUNS } from './bench-results.mjs';

/** Times the statement's JSON part, PDF part and the whole call beside a raw read of the period's entries. */
export async function measureStatement({ api, settle, record, log }, { bookId, statement, perYear }) {
  const { from, to } = statement;
  const now = new Date().toISOString();
  const check = await api('statementCheck', bookId, from, to, now);
  log(
    `statement ${from}..${to}: ${check.entries} entries (raw read: ${check.rawEntries}), ${check.transfers} transfers, ` +
      `JSON ${(check.jsonBytes / 1048576).toFixed(1)} MiB, PDF ${(check.pdfBytes / 1048576).toFixed(1)} MiB`,
  );
  const time = (metric) => api('time', { metric, bookId, from, to, now }, 1);
  const parts = ['statementRaw', 'statementJson', 'statementPdf', 'statementWhole'];
  for (const part of parts) await time(part); // warm-up (loads pdf-lib and qrcode once)
  const runs = Object.fromEntries(parts.map((part) => [part, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const part of parts) {
      await settle();
      runs[part].push(await time(part));
    }
    log(
      `  statement run ${i + 1}: ${parts.map((p) => `${p.slice(9).toLowerCase()} ${runs[p][i].toFixed(0)} ms`).join(', ')}`,
    );
  }
  const [raw, json, pdf, whole] = parts.map((part) => median(runs[part]));
  const size = `${check.entries.toLocaleString('en')} entries in ${from}..${to}`;
  const book = `${perYear.toLocaleString('en')} entries a year`;
  record(
    `12-month statement JSON (read, build, sign), ${book}`,
    'ms',
    { value: json, reference: raw },
    '≤ 2 × reference',
    json <= 2 * raw,
    `${size}; makeStatementFiles' JSON half run on its own (readStatementInput, signStatementInput); reference: raw IndexedDB getAll of the period's entries on [bookId+date]`,
  );
  record(
    `12-month statement PDF (QR + render, JSON embedded), ${book}`,
    'ms',
    { value: pdf, reference: null },
    null,
    null,
    `reported, no target; ${size}; makeStatementFiles' PDF half run on its own (renderStatementDocuments without the ` +
      `workbook) on the statement the JSON half signed`,
  );
  record(
    `12-month statement (JSON + PDF) from a book with ${book}`,
    'ms',
    { value: whole, reference: raw },
    null,
    null,
    `reported, no target (the JSON part's target is above); ${size}; makeStatementFiles with xlsx: false and a ` +
      `signer made in the page; reference: raw IndexedDB getAll of the period's entries on [bookId+date]`,
  );
}
