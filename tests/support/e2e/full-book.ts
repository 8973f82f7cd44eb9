/** A business name at the book's 80-character limit, with no place to break but its spaces. */
export const LONG_BOOK_NAME =
  'Usaha Tenun Ikat dan Kios Sembako Keluarga Besar Maria Goreti Bunga Tanjung Jaya';

const LONG_SALE = 'Penjualan kain tenun ikat motif Sikka dan Lio ke pasar kota';
const LONG_COST = 'Pembelian benang katun pewarna alami dan bahan baku tenun';
const LONG_BANK = 'Tabungan Kopdit Pintu Air cabang Maumere rekening usaha';
// Thirteen digits, written as a member would: Rp 1.234.567.890.123.
const HUGE = 'Rp 1.234.567.890.123';

/**
 * A full year's book as CSV (December 2025 to November 2026): every kind of category, sales and
 * costs under 60-character names, a bank account with a long name, transfers, and a few
 * thirteen-digit amounts, so totals reach fifteen digits.
 */
export function fullBookCsv(): string {
  const rows = ['tanggal;jenis;jumlah;kategori;kelompok;akun;akun_tujuan;catatan'];
  const kinds: ReadonlyArray<readonly [string, string, string, string]> = [
    ['masuk', 'Setoran modal', 'modal', '5000000'],
    ['keluar', 'Listrik', 'beban', '150000'],
    ['masuk', 'Bunga tabungan', 'pendapatan_lain', '12000'],
    ['keluar', 'Bunga pinjaman', 'beban_lain', '40000'],
    ['keluar', 'Prive', 'prive', '300000'],
    ['masuk', 'Terima pinjaman', 'pinjaman_masuk', '2000000'],
    ['keluar', 'Bayar pokok pinjaman', 'angsuran_pokok', '250000'],
    ['keluar', 'Beli peralatan', 'beli_aset', '800000'],
    ['masuk', 'Jual peralatan', 'jual_aset', '100000'],
  ];
  for (let m = 0; m < 12; m++) {
    const year = m === 0 ? 2025 : 2026;
    const month = String(m === 0 ? 12 : m).padStart(2, '0');
    for (let d = 1; d <= 28; d += 3) {
      const date = `${String(d).padStart(2, '0')}/${month}/${year}`;
      rows.push(`${date};masuk;Rp 1.250.000;${LONG_SALE};pendapatan;;;jual kain ${d}`);
      rows.push(`${date};keluar;Rp 420.000;${LONG_COST};hpp;${LONG_BANK};;benang ${d}`);
    }
    const [direction, category, kind, amount] = kinds[m % kinds.length] ?? [
      'masuk',
      'Penjualan',
      'pendapatan',
      '1000',
    ];
    rows.push(`15/${month}/${year};${direction};${amount};${category};${kind};;;`);
    rows.push(`16/${month}/${year};pindah;Rp 2.000.000;;;Kas;${LONG_BANK};setor ke bank`);
  }
  rows.push(`18/11/2026;masuk;${HUGE};${LONG_SALE};pendapatan;;;kontrak besar`);
  rows.push(`19/11/2026;keluar;${HUGE};${LONG_COST};hpp;${LONG_BANK};;bahan kontrak`);
  rows.push(`20/11/2026;masuk;${HUGE};${LONG_SALE};pendapatan;;;kontrak kedua`);
  return `${rows.join('\n')}\n`;
}
