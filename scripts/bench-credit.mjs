// The debts and stock metrics (issue #11), timed inside the bench page (scripts/bench/credit.ts)
// on a book of 100,000 entries (scaled by BENCH_SCALE), 20% on credit among 300 contacts, with a
// stock count a week: the neraca and the year's laba rugi with HPP, the home screen's owed and
// overdue totals, one contact's page, saving a credit sale and a 12-month `/2` statement's JSON.
import { sideBySide } from './bench-results.mjs';

/** Saves timed in each run of the save metric. */
const SAVES = 50;

/** The credit book's plan: the last 12 whole months and the current one, ending today. */
export const creditPlan = (entries, statement, today) => ({
  name: 'bench-credit',
  entries,
  from: statement.from,
  to: today,
  contacts: 300,
  creditShare: 0.2,
  seed: 11,
});

/** Times every debts and stock metric side by side with its reference and records it. */
export async function measureCredit({ api, settle, record, log }, { seeded, statement, today }) {
  const { bookId } = seeded;
  const { from, to } = statement;
  const time = (probe, calls) => () => api('time', probe, calls);
  const both = (subject, reference) => sideBySide(subject, reference, settle);
  const book = `${seeded.entries.toLocaleString('en')} entries, 20% on credit, 300 contacts`;

  const position = await both(
    time({ metric: 'creditPosition', bookId, from, to }, 3),
    time({ metric: 'creditPositionScan', bookId, from, to }, 1),
  );
  record(
    `neraca at ${to} + ${from}..${to} laba rugi with HPP, ${book}`,
    'ms',
    position,
    '≤ 20 ms',
    position.value <= 20,
    'positionAt and buildReport over reportInput; reference: the same figures by scanning the year’s entries, settlements and stock counts',
  );

  const home = await both(
    time({ metric: 'creditHome', bookId, today }, 5),
    time({ metric: 'creditHome', bookId, today }, 5),
  );
  record(
    `home owed / overdue totals, ${book}`,
    'ms',
    { value: home.value, reference: null },
    '≤ 10 ms',
    home.value <= 10,
    'bookDebts at today, as the home card reads them: both sides, each with its aging and what is overdue',
  );

  const target = await api('creditTarget', bookId, seeded.customerName, today);
  const page = await both(
    time({ metric: 'contactPage', bookId, contactId: target.contactId, today }, 5),
    time({ metric: 'contactRaw', bookId, contactId: target.contactId, today }, 5),
  );
  record(
    `one contact's page (balance, aging, last 50 items), ${book}`,
    'ms',
    page,
    '≤ 10 ms',
    page.value <= 10,
    'contactPage of the first customer; reference: raw IndexedDB getAll of that contact’s entries and settlements',
  );

  const save = await both(
    time({ metric: 'creditSave', target }, SAVES),
    time({ metric: 'plainAdd', today }, SAVES),
  );
  record(
    'save a credit sale (entry + revision + rollups + credit rollups, committed)',
    'ms',
    save,
    '≤ 2 × reference',
    save.value <= 2 * save.reference,
    'reference: a plain Dexie add of one entry record to the same entries table, same strict durability',
  );

  const now = new Date().toISOString();
  const json = await both(
    time({ metric: 'statementJson', bookId, from, to, now }, 1),
    time({ metric: 'credit2Raw', bookId, from, to }, 1),
  );
  record(
    `12-month /2 statement JSON (read, build, sign), ${book}`,
    'ms',
    json,
    '≤ 2 × reference',
    json.value <= 2 * json.reference,
    'readStatementInput + signStatementInput; reference: raw IndexedDB getAll of the period’s entries and settlements',
  );
  log(`credit bench: ${seeded.settlements} settlements, ${seeded.stockCounts} stock counts seeded`);
}
