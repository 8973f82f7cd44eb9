import type { CategoryKind } from './kinds';
import type { AccountType } from './model';

/** The categories a new book starts with: Indonesian names, every kind covered. */
export const DEFAULT_CATEGORIES: ReadonlyArray<{ name: string; kind: CategoryKind }> = [
  { name: 'Penjualan', kind: 'pendapatan' },
  { name: 'Jasa', kind: 'pendapatan' },
  { name: 'Pendapatan lain', kind: 'pendapatan_lain' },
  { name: 'Belanja stok/bahan', kind: 'hpp' },
  { name: 'Listrik', kind: 'beban' },
  { name: 'Air', kind: 'beban' },
  { name: 'Pulsa & internet', kind: 'beban' },
  { name: 'Transport', kind: 'beban' },
  { name: 'Gaji', kind: 'beban' },
  { name: 'Sewa', kind: 'beban' },
  { name: 'Biaya lain', kind: 'beban' },
  { name: 'Bunga pinjaman', kind: 'beban_lain' },
  { name: 'Setoran modal', kind: 'modal' },
  { name: 'Prive', kind: 'prive' },
  { name: 'Terima pinjaman', kind: 'pinjaman_masuk' },
  { name: 'Angsuran pokok', kind: 'angsuran_pokok' },
  { name: 'Beli peralatan', kind: 'beli_aset' },
  { name: 'Jual peralatan', kind: 'jual_aset' },
];

/** The account every book has and cannot lose. */
export const CASH_ACCOUNT_NAME = 'Kas';

/** Guesses an account's type from its name (for accounts created by an import). */
export function guessAccountType(name: string): AccountType {
  const n = name.toLowerCase();
  if (n === 'kas' || n.includes('tunai') || n.includes('cash')) return 'cash';
  if (/qris|gopay|ovo|dana|shopee|linkaja|wallet/.test(n)) return 'ewallet';
  return 'bank';
}
