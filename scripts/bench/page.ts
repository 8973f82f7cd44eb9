// The bench page: built only by `npm run bench` (scripts/bench/vite.config.mjs), never part of the app.
import { Dexie } from 'dexie';
import type { BusinessDate, BusinessMonth } from '../../src/domain/dates';
import { generateSigningKeyPair, signerFromKeyPair, type StatementSigner } from '../../src/domain/statement';
import type { SignedStatement } from '../../src/domain/statement/documents';
import { listAccounts, listCategories, openLumbungDb, setSetting, type LumbungDb } from '../../src/storage';
import {
  home,
  homeByDailyRows,
  ledgerFirstPage,
  plainAdd,
  plainAddOwnDatabase,
  rawEntriesInRange,
  rawGetAll,
  saveOne,
  statementJsonPath,
  statementPdfPath,
  statementWhole,
  yearReport,
  yearReportByScan,
} from './measures';
import {
  contactIdOf,
  contactPageOf,
  creditHome,
  positionAndYear,
  positionAndYearByScan,
  rawContactRecords,
  rawPeriodRecords,
  saveCreditSale,
} from './credit';
import { seedCreditBook, type CreditSeedPlan, type CreditSeeded } from './credit-seed';
import { syncWholeBook, timeRestores } from './restore';
import { seedBook, type SeedPlan, type Seeded } from './seed';
import { verifyChosen, verifyMade, verifyMadeOnPage, verifyPrepare, verifyReference } from './verify';

/** What one timed call measures. */
export type Probe =
  | { metric: 'report' | 'reportScan'; bookId: string; from: BusinessDate; to: BusinessDate }
  | { metric: 'home' | 'homeDaily'; bookId: string; today: BusinessDate }
  | { metric: 'save'; bookId: string; today: BusinessDate; categoryId: string; accountId: string }
  | { metric: 'plainAdd' | 'plainAddOwnDatabase'; today: BusinessDate }
  | { metric: 'ledger' | 'ledgerRaw'; bookId: string; month: BusinessMonth }
  | {
      metric: 'statementJson' | 'statementPdf' | 'statementWhole';
      bookId: string;
      from: BusinessDate;
      to: BusinessDate;
      now: string;
    }
  | { metric: 'statementRaw'; bookId: string; from: BusinessDate; to: BusinessDate }
  | {
      metric: 'creditPosition' | 'creditPositionScan' | 'credit2Raw';
      bookId: string;
      from: BusinessDate;
      to: BusinessDate;
    }
  | { metric: 'creditHome'; bookId: string; today: BusinessDate }
  | { metric: 'contactPage' | 'contactRaw'; bookId: string; contactId: string; today: BusinessDate }
  | { metric: 'creditSave'; target: CreditSaleTarget };

/** What the statement probes report once, beside the timings. */
export interface StatementCheck {
  entries: number;
  transfers: number;
  rawEntries: number;
  jsonBytes: number;
  pdfBytes: number;
}

let db: LumbungDb | undefined;
let reference: Dexie | undefined;
let added = 0;
/** The bench's own signing key, made in the page: no keyring, no stored key. */
let signer: StatementSigner | undefined;
/** The last statement the JSON probe made: what the PDF probe renders. */
let lastJson: SignedStatement | undefined;

const benchSigner = async (): Promise<StatementSigner> =>
  (signer ??= await signerFromKeyPair(await generateSigningKeyPair()));

const periodOf = (probe: { from: BusinessDate; to: BusinessDate }) => ({ from: probe.from, to: probe.to });

const opened = (): LumbungDb => {
  if (!db) throw new Error('call open() first');
  return db;
};

/** One call of a probe. */
async function once(probe: Probe): Promise<unknown> {
  const d = opened();
  switch (probe.metric) {
    case 'report':
      return yearReport(d, probe.bookId, probe.from, probe.to);
    case 'reportScan':
      return yearReportByScan(d, probe.bookId, probe.from, probe.to);
    case 'home':
      return home(d, probe.bookId, probe.today);
    case 'homeDaily':
      return homeByDailyRows(d, probe.bookId, probe.today);
    case 'save':
      return saveOne(d, probe.bookId, probe.today, probe.categoryId, probe.accountId);
    case 'plainAdd':
      return plainAdd(d, (added += 1), probe.today);
    case 'plainAddOwnDatabase':
      if (!reference) throw new Error('call open() first');
      return plainAddOwnDatabase(reference, (added += 1), probe.today);
    case 'ledger':
      return ledgerFirstPage(d, probe.bookId, probe.month);
    case 'ledgerRaw':
      return rawGetAll(d, probe.bookId, probe.month);
    case 'statementJson':
      lastJson = await statementJsonPath(
        d,
        probe.bookId,
        periodOf(probe),
        await benchSigner(),
        new Date(probe.now),
      );
      return lastJson;
    case 'statementPdf':
      if (!lastJson) throw new Error('time statementJson first');
      return statementPdfPath(lastJson);
    case 'statementWhole':
      return statementWhole(d, probe.bookId, periodOf(probe), await benchSigner(), new Date(probe.now));
    case 'statementRaw':
      return rawEntriesInRange(d, probe.bookId, probe.from, probe.to);
    default:
      return creditOnce(d, probe);
  }
}

/** What a credit sale of the bench is saved to. */
type CreditSaleTarget = Parameters<typeof saveCreditSale>[1];

/** One call of a debts and stock probe. */
function creditOnce(d: LumbungDb, probe: Probe): Promise<unknown> {
  switch (probe.metric) {
    case 'creditPosition':
      return positionAndYear(d, probe.bookId, probe.from, probe.to);
    case 'creditPositionScan':
      return positionAndYearByScan(d, probe.bookId, probe.from, probe.to);
    case 'credit2Raw':
      return rawPeriodRecords(d, probe.bookId, probe.from, probe.to);
    case 'creditHome':
      return creditHome(d, probe.bookId, probe.today);
    case 'contactPage':
      return contactPageOf(d, probe.bookId, probe.contactId, probe.today);
    case 'contactRaw':
      return rawContactRecords(d, probe.bookId, probe.contactId);
    case 'creditSave':
      return saveCreditSale(d, probe.target);
    default:
      throw new Error(`unknown probe ${probe.metric}`);
  }
}

const api = {
  /** Opens the app's database (upgrading it as the app would) and the reference database. */
  async open(): Promise<number> {
    const result = await openLumbungDb();
    if (!result.ok) throw result.error;
    db = result.db;
    reference = new Dexie('bench-reference', { chromeTransactionDurability: 'strict' });
    reference.version(1).stores({ rows: 'id, [bookId+date]' });
    await reference.open();
    return db.verno;
  },
  /** Seeds a book with debts and stock through the CSV import's path. */
  seedCredit: (plan: CreditSeedPlan): Promise<CreditSeeded> =>
    seedCreditBook(opened(), plan, (line) => console.log(line)),
  /** The ids a credit sale of the bench uses, and the busy customer's id. */
  async creditTarget(bookId: string, customerName: string, today: BusinessDate): Promise<CreditSaleTarget> {
    const [sale, contactId] = await Promise.all([
      api.saleTarget(bookId),
      contactIdOf(opened(), bookId, customerName),
    ]);
    return { bookId, today, ...sale, contactId };
  },
  /** Seeds one book through importBatch, a month per batch. */
  seed: (plan: SeedPlan): Promise<Seeded> => seedBook(opened(), plan, (line) => console.log(line)),
  /** Milliseconds per call of a probe, over `calls` calls one after the other. */
  async time(probe: Probe, calls: number): Promise<number> {
    const started = performance.now();
    for (let i = 0; i < calls; i++) await once(probe);
    return (performance.now() - started) / calls;
  },
  /** Whether the bounded report and the scan agree on the year's profit and loss and months. */
  async agree(bookId: string, from: BusinessDate, to: BusinessDate): Promise<boolean> {
    const [bounded, scanned] = await Promise.all([
      yearReport(opened(), bookId, from, to),
      yearReportByScan(opened(), bookId, from, to),
    ]);
    const strip = (months: { month: string; netProfit: number; revenue: number; cogs: number }[]) =>
      months.map(({ month, netProfit, revenue, cogs }) => ({ month, netProfit, revenue, cogs }));
    return (
      JSON.stringify(bounded.profitAndLoss) === JSON.stringify(scanned.profitAndLoss) &&
      JSON.stringify(strip(bounded.months)) === JSON.stringify(strip(scanned.months))
    );
  },
  /** The ids a saved sale uses: the book's Penjualan category and its Kas account. */
  async saleTarget(bookId: string): Promise<{ categoryId: string; accountId: string }> {
    const [categories, accounts] = await Promise.all([
      listCategories(opened(), bookId),
      listAccounts(opened(), bookId),
    ]);
    return {
      categoryId: categories.find((c) => c.name === 'Penjualan')?.id ?? '',
      accountId: accounts[0]?.id ?? '',
    };
  },
  /** Milliseconds to count every entry of the database (what the home screen's backup reminder does). */
  async countAllEntries(): Promise<number> {
    const started = performance.now();
    await opened().entries.count();
    return performance.now() - started;
  },
  /** Makes a statement once: its size in rows and bytes, beside the raw read of the period's entries. */
  async statementCheck(
    bookId: string,
    from: BusinessDate,
    to: BusinessDate,
    now: string,
  ): Promise<StatementCheck> {
    const period = { from, to };
    const key = await benchSigner();
    const whole = await statementWhole(opened(), bookId, period, key, new Date(now));
    const raw = await rawEntriesInRange(opened(), bookId, from, to);
    return {
      entries: whole.statement.entries.length,
      transfers: whole.statement.transfers.length,
      rawEntries: raw.length,
      jsonBytes: new TextEncoder().encode(whole.json).length,
      pdfBytes: whole.pdf.length,
    };
  },
  /** Starts syncing a book with the cooperative's server and pushes its whole chain. */
  syncWholeBook: (bookId: string, origin: string, code: string) =>
    syncWholeBook(opened(), bookId, origin, code),
  /** One restore of the synced book from the server and one from its backup file, timed. */
  timeRestores: (bookId: string, origin: string, recoveryCode: string, enrolmentCode: string) =>
    timeRestores(opened(), bookId, origin, recoveryCode, enrolmentCode, '0.0.0-bench'),
  /** The verify bench (./verify.ts): make a busy shop's statement, check it, and its reference. */
  verifyPrepare,
  verifyReference,
  verifyMade,
  verifyChosen,
  verifyMadeOnPage,
  /** Makes a book the one the app opens with. */
  setCurrentBook: (bookId: string) => setSetting(opened(), 'currentBookId', bookId),
  /** Closes both databases (so the app's page has the profile to itself). */
  close(): void {
    db?.close();
    reference?.close();
  },
};

/** The bench API, reached from the runner with page.evaluate. */
export type BenchApi = typeof api;

declare global {
  interface Window {
    lumbungBench: BenchApi;
  }
}

window.lumbungBench = api;
document.body.dataset.ready = 'true';
