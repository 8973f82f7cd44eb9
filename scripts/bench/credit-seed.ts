import { addDays, daysBetween, type BusinessDate } from '../../src/domain/dates';
import { checkCsvBytes } from '../../src/features/data/csv-check';
import {
  importCreditBook,
  importCsvPlan,
  listAccounts,
  listCategories,
  type LumbungDb,
} from '../../src/storage';
import { amountsFrom, createBenchBook, random } from './seed';

/** A shop that sells and buys on credit: how many entries over which days, among how many contacts. */
export interface CreditSeedPlan {
  name: string;
  entries: number;
  from: BusinessDate;
  to: BusinessDate;
  /** Customers and suppliers together (two thirds customers). */
  contacts: number;
  /** The share of entries on credit. */
  creditShare: number;
  seed: number;
}

/** What seeding made: the book, a busy customer (for the contact page) and the counts. */
export interface CreditSeeded {
  bookId: string;
  customerName: string;
  entries: number;
  settlements: number;
  stockCounts: number;
  seconds: number;
}

/** Lines per import file: a book bigger than one file's limit goes in as several. */
const FILE_ROWS = 60_000;

const HEADER = 'tanggal,jenis,jumlah,kategori,kelompok,akun,akun_tujuan,catatan,kontak,dibayar,jatuh_tempo';

/**
 * The book as a CSV file in the import format: daily cash sales, credit sales to customers (paid in
 * part or not at all, due in two weeks), restocking from suppliers on credit (due in a month),
 * collections and payments of part of what is owed at each day's end, and a stock count a week.
 */
export function creditCsv(plan: CreditSeedPlan): { text: string; customerName: string; counts: number[] } {
  const rnd = random(plan.seed);
  const amount = amountsFrom(rnd);
  const customers = Math.round((plan.contacts * 2) / 3);
  const name = (i: number) => (i < customers ? `Pelanggan ${i + 1}` : `Pemasok ${i - customers + 1}`);
  const owed = new Array<number>(plan.contacts).fill(0);
  const lines = [HEADER];
  const days = daysBetween(plan.from, plan.to) + 1;
  const counts = [0, 0, 0];
  lines.push(`${plan.from},stok_awal,15000000,,,,,stok awal,,,`);
  lines.push(`${plan.from},masuk,50000000,Setoran modal,modal,Kas,,modal,,,`);
  for (let index = 0; index < days; index++) {
    const date = addDays(plan.from, index);
    const quota = Math.floor(((index + 1) * plan.entries) / days) - Math.floor((index * plan.entries) / days);
    for (let n = 0; n < quota; n++) {
      const onCredit = rnd() < plan.creditShare;
      const buying = rnd() < (onCredit ? 0.3 : 0.12);
      if (onCredit) {
        const c = buying
          ? customers + Math.floor(rnd() * (plan.contacts - customers))
          : Math.floor(rnd() * customers);
        const value = buying ? amount(100_000, 800_000) : amount(10_000, 200_000);
        const paid = rnd() < 0.5 ? 0 : Math.floor(value / 1000) * 500;
        owed[c] = (owed[c] ?? 0) + value - paid;
        const due = addDays(date, buying ? 30 : 14);
        lines.push(
          buying
            ? `${date},keluar,${value},Belanja stok/bahan,hpp,Kas,,restok,${name(c)},${paid},${due}`
            : `${date},masuk,${value},Penjualan,pendapatan,Kas,,bon,${name(c)},${paid},${due}`,
        );
      } else if (buying)
        lines.push(`${date},keluar,${amount(50_000, 400_000)},Belanja stok/bahan,hpp,Kas,,,,,`);
      else
        lines.push(
          `${date},masuk,${amount(3_000, 120_000)},Penjualan,pendapatan,${rnd() < 0.7 ? 'Kas' : 'BRI'},,,,,`,
        );
      counts[0] = (counts[0] ?? 0) + 1;
    }
    // At the day's end a few contacts settle part of what they owe (never more).
    for (let s = 0; s < Math.ceil(quota / 10); s++) {
      const c = Math.floor(rnd() * plan.contacts);
      const part = Math.floor(((owed[c] ?? 0) * (0.3 + rnd() * 0.7)) / 500) * 500;
      if (part <= 0) continue;
      owed[c] = (owed[c] ?? 0) - part;
      lines.push(`${date},${c < customers ? 'terima_piutang' : 'bayar_utang'},${part},,,Kas,,,${name(c)},,`);
      counts[1] = (counts[1] ?? 0) + 1;
    }
    if (index % 7 === 6) {
      lines.push(`${date},stok,${amount(10_000_000, 25_000_000)},,,,,hitung mingguan,,,`);
      counts[2] = (counts[2] ?? 0) + 1;
    }
  }
  return { text: lines.join('\n'), customerName: name(0), counts };
}

/** Seeds the credit book through the import screen's path: the file checked against the book, then one commit. */
export async function seedCreditBook(
  db: LumbungDb,
  plan: CreditSeedPlan,
  log: (line: string) => void,
): Promise<CreditSeeded> {
  const started = performance.now();
  const bookId = await createBenchBook(db, plan.name, 'Toko kelontong');
  const { text, customerName, counts } = creditCsv(plan);
  log(
    `  ${plan.name}: ${counts[0]} entries, ${counts[1]} settlements, ${counts[2]} stock counts in the file`,
  );
  // The import takes at most MAX_IMPORT_ROWS lines a file, so the book goes in as consecutive
  // files in date order, each checked against what the ones before it left owed.
  const [header = '', ...rows] = text.split('\n');
  for (let start = 0; start < rows.length; start += FILE_ROWS) {
    const part = [header, ...rows.slice(start, start + FILE_ROWS)].join('\n');
    const [categories, accounts, credit] = await Promise.all([
      listCategories(db, bookId),
      listAccounts(db, bookId),
      importCreditBook(db, bookId),
    ]);
    const checked = await checkCsvBytes(new TextEncoder().encode(part), { categories, accounts, ...credit });
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors.slice(0, 3)));
    const written = await importCsvPlan(db, bookId, checked.plan, {
      hash: checked.hash,
      fileName: `bench-${start}.csv`,
    });
    if (!written.ok) throw new Error(JSON.stringify(written.errors.slice(0, 3)));
  }
  return {
    bookId,
    customerName,
    entries: counts[0] ?? 0,
    settlements: counts[1] ?? 0,
    stockCounts: counts[2] ?? 0,
    seconds: (performance.now() - started) / 1000,
  };
}
