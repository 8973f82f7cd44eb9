import {
  addDays,
  daysBetween,
  monthsBetween,
  firstDayOf,
  lastDayOf,
  type BusinessDate,
} from '../../src/domain/dates';
import {
  addAccount,
  createBook,
  importBatch,
  type ImportBatch,
  type ImportEntryRow,
  type LumbungDb,
} from '../../src/storage';

/** A book to seed: how many entries over which days. */
export interface SeedPlan {
  name: string;
  entries: number;
  from: BusinessDate;
  to: BusinessDate;
  seed: number;
}

/** What seeding made and how long it took. */
export interface Seeded {
  bookId: string;
  entries: number;
  transfers: number;
  seconds: number;
}

/** A small deterministic random generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Amounts between `min` and `max`, rounded to Rp500 (never zero), drawn from `rnd`. */
export function amountsFrom(rnd: () => number): (min: number, max: number) => number {
  return (min, max) => Math.round((min + rnd() * (max - min)) / 500) * 500 || 500;
}

/** Creates an empty bench book in WITA, as a member would, and answers its id. */
export async function createBenchBook(db: LumbungDb, name: string, businessType: string): Promise<string> {
  const made = await createBook(db, {
    name,
    owner: 'Bench',
    memberNumber: '',
    cooperative: '',
    branch: '',
    businessType,
    address: '',
    phone: '',
    timeZone: 'Asia/Makassar',
  });
  if (!made.ok) throw new Error(JSON.stringify(made.errors));
  return made.value.id;
}

const NOTES = [
  '',
  '',
  'kopi',
  'gula 1 kg',
  'minyak goreng',
  'rokok',
  'beras 5 kg',
  'pulsa',
  'sabun',
  'mi instan',
];

type Row = ImportEntryRow;

/** A kiosk's day: fixed bills on their days, then sales, restocking and small costs up to the day's quota. */
function dayRows(date: BusinessDate, quota: number, rnd: () => number, first: boolean): Row[] {
  const rows: Row[] = [];
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)] as T;
  const amount = amountsFrom(rnd);
  const row = (categoryName: string, direction: 'in' | 'out', value: number, accountName = 'Kas'): Row => ({
    date,
    direction,
    amount: value,
    categoryName,
    accountName,
    note: pick(NOTES),
  });
  const day = Number(date.slice(8, 10));
  if (first) rows.push(row('Setoran modal', 'in', 50_000_000));
  if (day === 1) rows.push(row('Sewa', 'out', 1_500_000, 'BRI'));
  if (day === 5)
    rows.push(row('Listrik', 'out', amount(300_000, 600_000)), row('Air', 'out', amount(80_000, 150_000)));
  if (day === 10)
    rows.push(row('Angsuran pokok', 'out', 1_000_000, 'BRI'), row('Bunga pinjaman', 'out', 150_000, 'BRI'));
  if (day === 25)
    rows.push(row('Gaji', 'out', 1_800_000), row('Pendapatan lain', 'in', amount(50_000, 200_000), 'BRI'));
  if (day % 7 === 3)
    rows.push(row('Prive', 'out', amount(300_000, 700_000)), row('Transport', 'out', amount(20_000, 60_000)));
  if (day === 15 && rnd() < 0.1) rows.push(row('Beli peralatan', 'out', amount(1_000_000, 4_000_000), 'BRI'));
  while (rows.length < quota) {
    const r = rnd();
    if (r < 0.82) rows.push(row('Penjualan', 'in', amount(3_000, 120_000), rnd() < 0.7 ? 'Kas' : 'QRIS'));
    else if (r < 0.86) rows.push(row('Jasa', 'in', amount(10_000, 50_000)));
    else if (r < 0.97) rows.push(row('Belanja stok/bahan', 'out', amount(50_000, 400_000)));
    else rows.push(row(rnd() < 0.5 ? 'Pulsa & internet' : 'Biaya lain', 'out', amount(5_000, 50_000)));
  }
  return rows.slice(0, quota);
}

/**
 * Seeds a book through the storage verbs' bulk path: `importBatch`, one month per batch (each
 * hashed, checked and written in one transaction with its rollups), as a CSV import would.
 */
export async function seedBook(db: LumbungDb, plan: SeedPlan, log: (line: string) => void): Promise<Seeded> {
  const started = performance.now();
  const bookId = await createBenchBook(db, plan.name, 'Kios');
  for (const [name, type] of [
    ['BRI', 'bank'],
    ['QRIS', 'ewallet'],
  ] as const) {
    const added = await addAccount(db, bookId, { name, type });
    if (!added.ok) throw new Error(JSON.stringify(added.errors));
  }
  const rnd = random(plan.seed);
  const days = daysBetween(plan.from, plan.to) + 1;
  let entries = 0;
  let transfers = 0;
  for (const month of monthsBetween(plan.from, plan.to)) {
    const batch: ImportBatch = {
      importId: `${plan.name}-${month}`,
      newAccounts: [],
      newCategories: [],
      entries: [],
      transfers: [],
    };
    const start = firstDayOf(month) < plan.from ? plan.from : firstDayOf(month);
    const end = lastDayOf(month) > plan.to ? plan.to : lastDayOf(month);
    for (let date = start; date <= end; date = addDays(date, 1)) {
      const index = daysBetween(plan.from, date);
      // Spreads the entries evenly: day i gets the entries between i/days and (i+1)/days of the total.
      const quota =
        Math.floor(((index + 1) * plan.entries) / days) - Math.floor((index * plan.entries) / days);
      batch.entries.push(...dayRows(date, quota, rnd, index === 0));
      if (Number(date.slice(8, 10)) % 7 === 0) {
        batch.transfers.push(
          { date, amount: 2_000_000, fromAccountName: 'QRIS', toAccountName: 'Kas', note: 'tarik QRIS' },
          { date, amount: 5_000_000, fromAccountName: 'Kas', toAccountName: 'BRI', note: 'setor' },
        );
      }
    }
    const imported = await importBatch(db, bookId, batch);
    if (!imported.ok) throw new Error(`${month}: ${JSON.stringify(imported.errors.slice(0, 3))}`);
    entries += imported.value.entries;
    transfers += imported.value.transfers;
    if (month.endsWith('-06') || month.endsWith('-12')) log(`  ${plan.name}: ${entries} entries to ${month}`);
  }
  return { bookId, entries, transfers, seconds: (performance.now() - started) / 1000 };
}
