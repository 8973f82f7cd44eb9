import type { BusinessDate } from '../dates';
import type { CategoryKind } from '../kinds';
import type { Problem } from '../result';
import type { CapacitySource, Statement } from './schema';

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** A business date in Indonesian: `1 Januari 2026`. */
export function formatDateId(date: BusinessDate): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1] ?? ''} ${date.slice(0, 4)}`;
}

/** A month in Indonesian, short (`Jan 2026`) or long (`Januari 2026`). */
export function formatMonthId(month: string, short = false): string {
  const name = MONTHS[Number(month.slice(5, 7)) - 1] ?? '';
  return `${short ? name.slice(0, 3) : name} ${month.slice(0, 4)}`;
}

/** A period in Indonesian: `1 Januari 2026 s.d. 30 Juni 2026`. */
export const formatPeriodId = (period: { from: BusinessDate; to: BusinessDate }): string =>
  `${formatDateId(period.from)} s.d. ${formatDateId(period.to)}`;

/** An instant in the book's time zone, in Indonesian: `28 November 2026 pukul 20.27 WITA`. */
export function formatInstantId(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('id-ID', {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(instant));
}

/** A share (0–1) as an Indonesian percentage: `12,5%`. */
export const formatShareId = (share: number): string =>
  new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 1 }).format(share);

/** A number of days in Indonesian: `1,5 hari`. */
export const formatDaysId = (days: number): string =>
  `${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(days)} hari`;

/** The Indonesian label of each kind of category. */
export const KIND_LABELS: Readonly<Record<CategoryKind, string>> = {
  pendapatan: 'Pendapatan usaha',
  pendapatan_lain: 'Pendapatan lain-lain',
  hpp: 'Harga pokok penjualan (HPP)',
  beban: 'Beban usaha',
  beban_lain: 'Beban lain-lain',
  modal: 'Setoran modal pemilik',
  prive: 'Prive',
  pinjaman_masuk: 'Terima pinjaman',
  angsuran_pokok: 'Bayar pokok pinjaman',
  beli_aset: 'Beli peralatan / aset',
  jual_aset: 'Jual peralatan / aset',
};

/** The Indonesian line labels of profit and loss, cash flow and the months, by field name. */
export const FIGURE_LABELS = {
  revenue: 'Pendapatan usaha',
  cogs: 'Harga pokok penjualan (HPP)',
  grossProfit: 'Laba kotor',
  operatingExpenses: 'Beban usaha',
  operatingProfit: 'Laba usaha',
  otherIncome: 'Pendapatan lain-lain',
  otherExpenses: 'Beban lain-lain',
  netProfit: 'Laba bersih',
  cashIn: 'Uang masuk',
  cashOut: 'Uang keluar',
  closingBalance: 'Saldo akhir',
  openingBalance: 'Saldo awal',
  operating: 'Arus kas operasi',
  investing: 'Arus kas investasi',
  financing: 'Arus kas pendanaan',
} as const;

/** The Indonesian sentence of a discipline warning. */
export function warningTextId(warning: Problem): string {
  const p = warning.params ?? {};
  switch (warning.code) {
    case 'discipline.lateBurst':
      return `${p.count} catatan dibuat dalam ${p.days} hari terakhir untuk tanggal lebih dari ${p.age} hari sebelumnya.`;
    case 'discipline.noEntries':
      return 'Tidak ada catatan dalam periode ini.';
    default:
      return `Peringatan: ${warning.code}`;
  }
}

/** Where H or I came from, in Indonesian: the book's average of `average`, or stated by the owner. */
export const capacitySourceId = (source: CapacitySource | undefined, average: string): string =>
  source === 'member' ? 'dinyatakan pemilik' : `rata-rata ${average}`;

/** The notes every statement carries, in Indonesian (H and I as the file says they were set). */
export function statementNotesId(
  omitNotes: boolean,
  capacity: Pick<Statement['repaymentCapacity'], 'householdCostsSource' | 'existingInstalmentsSource'> = {},
): string[] {
  const h = capacitySourceId(capacity.householdCostsSource, 'prive per bulan');
  const i = capacitySourceId(capacity.existingInstalmentsSource, 'pokok angsuran per bulan');
  const notes = [
    'Laporan ini disusun dengan basis kas: pendapatan dan beban dicatat saat uang diterima atau dibayar.',
    'Laporan ini dibuat sendiri oleh pemilik usaha dari buku kas di aplikasi Lumbung dan tidak diaudit.',
    'Setoran modal, prive, penerimaan dan pembayaran pokok pinjaman, serta pembelian dan penjualan aset menggerakkan kas tetapi tidak termasuk laba rugi; bunga pinjaman termasuk beban lain-lain.',
    `Kemampuan bayar (RPC) = (M - H - I) x r, dibulatkan ke bawah ke rupiah penuh; M rata-rata laba bersih per bulan, H (${h}), I (${i}).`,
  ];
  if (omitNotes)
    notes.push('Keterangan tiap catatan tidak disertakan atas pilihan pemilik; semua angka tetap lengkap.');
  return notes;
}
