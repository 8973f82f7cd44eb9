import type { Cell, Row } from 'write-excel-file/universal';
import { FIGURE_LABELS, KIND_LABELS, capacitySourceId, formatPeriodId } from './labels';
import { PROFIT_AND_LOSS_LINES } from '../reports/compare';
import type { StatementFile } from './schema';

/** The number format of money cells: whole Rupiah with thousands separators. */
const RUPIAH = '#,##0';

const money = (value: number): Cell => ({ value, type: Number, format: RUPIAH });
const bold = (value: string): Cell => ({ value, type: String, fontWeight: 'bold' });
const text = (value: string): Cell => ({ value, type: String });
const number = (value: number): Cell => ({ value, type: Number });

/** Ringkasan: identity, profit and loss, cash flow, accounts, repayment capacity, discipline, key. */
export function summarySheet(file: StatementFile, code: string): Row[] {
  const s = file.statement;
  const p = s.profitAndLoss;
  const c = s.cashFlow;
  const r = s.repaymentCapacity;
  const d = s.discipline;
  return [
    [bold('Laporan keuangan untuk pengajuan pinjaman')],
    [text('Nama usaha'), text(s.business.name)],
    [text('Pemilik'), text(s.business.owner)],
    [text('Nomor anggota'), text(s.business.memberNumber)],
    [text('Koperasi'), text(s.business.cooperative)],
    [text('Cabang'), text(s.business.branch)],
    [text('Periode'), text(formatPeriodId(s.period))],
    [text('Dari'), text(s.period.from)],
    [text('Sampai'), text(s.period.to)],
    [text('Dibuat'), text(s.createdAt)],
    [text('ID laporan'), text(s.id)],
    [text('Kode laporan'), text(code)],
    [text('Sidik jari kunci'), text(file.signature.fingerprint)],
    [],
    [bold('Laba rugi')],
    ...PROFIT_AND_LOSS_LINES.map((key) => [text(FIGURE_LABELS[key]), money(p[key])]),
    [],
    [bold('Rincian per kategori'), bold('Jumlah'), bold('Kelompok')],
    ...p.byCategory.map((line) => [text(line.category), money(line.amount), text(KIND_LABELS[line.kind])]),
    [],
    [bold('Arus kas')],
    ...(['openingBalance', 'operating', 'investing', 'financing', 'closingBalance'] as const).map((key) => [
      text(FIGURE_LABELS[key]),
      money(c[key]),
    ]),
    [],
    [bold('Saldo per akun'), bold('Saldo')],
    ...c.accounts.map((a) => [text(a.name), money(a.balance)]),
    [],
    [bold('Kemampuan bayar')],
    [text('Rata-rata laba bersih (M)'), money(r.averageNetProfit)],
    [
      text('Biaya rumah tangga (H)'),
      money(r.householdCosts),
      text(capacitySourceId(r.householdCostsSource, 'prive')),
    ],
    [
      text('Angsuran berjalan (I)'),
      money(r.existingInstalments),
      text(capacitySourceId(r.existingInstalmentsSource, 'pokok')),
    ],
    [text('Rasio (r)'), number(r.ratio)],
    [text('RPC'), money(r.rpc)],
    [],
    [bold('Kedisiplinan pencatatan')],
    [text('Hari aktif'), number(d.activeDays)],
    [text('Hari dalam periode'), number(d.daysInPeriod)],
    [text('Jeda terpanjang (hari)'), number(d.longestGapDays)],
    [text('Median keterlambatan (hari)'), number(d.medianLagDays)],
    [text('Porsi dicatat mundur'), number(d.backdatedShare)],
    [text('Koreksi'), number(d.corrections)],
    [text('Porsi diimpor'), number(d.importedShare)],
    ...d.warnings.map((w) => [text('Peringatan'), text(w.code)]),
  ];
}

/** The figures of the months sheet, one column each. */
export const MONTH_COLUMNS = [
  'revenue',
  'cogs',
  'grossProfit',
  'operatingExpenses',
  'otherIncome',
  'otherExpenses',
  'netProfit',
  'cashIn',
  'cashOut',
  'closingBalance',
] as const;

/** Bulanan: one row per month, one column per figure. */
export function monthsSheet(file: StatementFile): Row[] {
  return [
    [bold('Bulan'), ...MONTH_COLUMNS.map((key) => bold(FIGURE_LABELS[key]))],
    ...file.statement.months.map((m) => [text(m.month), ...MONTH_COLUMNS.map((key) => money(m[key]))]),
  ];
}

/** Catatan: every entry of the period. */
export function entriesSheet(file: StatementFile): Row[] {
  const head = [
    'Tanggal',
    'Arah',
    'Jumlah',
    'Kelompok',
    'Kategori',
    'Akun',
    'Keterangan',
    'Dicatat',
    'Diimpor',
    'ID',
  ];
  return [
    head.map(bold),
    ...file.statement.entries.map((e) => [
      text(e.date),
      text(e.direction === 'in' ? 'masuk' : 'keluar'),
      money(e.amount),
      text(e.kind),
      text(e.category),
      text(e.account),
      text(e.note ?? ''),
      text(e.recordedAt),
      text(e.imported ? 'ya' : 'tidak'),
      text(e.id),
    ]),
  ];
}

/** Pindah dana: every transfer of the period. */
export function transfersSheet(file: StatementFile): Row[] {
  const head = ['Tanggal', 'Jumlah', 'Dari akun', 'Ke akun', 'Keterangan', 'Dicatat', 'Diimpor', 'ID'];
  return [
    head.map(bold),
    ...file.statement.transfers.map((t) => [
      text(t.date),
      money(t.amount),
      text(t.from),
      text(t.to),
      text(t.note ?? ''),
      text(t.recordedAt),
      text(t.imported ? 'ya' : 'tidak'),
      text(t.id),
    ]),
  ];
}
