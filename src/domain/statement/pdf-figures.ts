import { formatRupiah } from '../money';
import { FIGURE_LABELS, KIND_LABELS, formatInstantId, formatPeriodId } from './labels';
import type { PdfCursor } from './pdf-layout';
import { CONTENT_WIDTH, INK, MARGIN } from './pdf-layout';
import type { Statement } from './schema';

const VALUE_WIDTH = 130;
const LABEL_WIDTH = CONTENT_WIDTH - VALUE_WIDTH;

/** A label and an amount in Rupiah on one line; totals in bold. */
function moneyLine(cursor: PdfCursor, label: string, amount: number, bold = false, indent = 0): void {
  cursor.row([
    { text: label, x: MARGIN.left + indent, width: LABEL_WIDTH - indent, bold },
    { text: formatRupiah(amount), x: MARGIN.left + LABEL_WIDTH, width: VALUE_WIDTH, align: 'right', bold },
  ]);
}

/** A label and a text value on one line. */
export function fieldLine(cursor: PdfCursor, label: string, value: string): void {
  cursor.row([
    { text: label, x: MARGIN.left, width: 130, color: INK.muted },
    { text: value, x: MARGIN.left + 130, width: CONTENT_WIDTH - 130 },
  ]);
}

/** Title and identity: business, owner, member number, cooperative, period, date made, id. */
export function drawIdentity(cursor: PdfCursor, s: Statement, code: string): void {
  cursor.gap(4);
  cursor.draw('LAPORAN KEUANGAN UNTUK PENGAJUAN PINJAMAN', MARGIN.left, cursor.y, { size: 15, bold: true });
  cursor.gap(20);
  cursor.draw(s.business.name || 'Usaha', MARGIN.left, cursor.y, { size: 13, bold: true }, CONTENT_WIDTH);
  cursor.gap(6);
  const b = s.business;
  fieldLine(cursor, 'Pemilik', b.owner || '-');
  fieldLine(cursor, 'Nomor anggota', b.memberNumber || '-');
  fieldLine(cursor, 'Koperasi / cabang', [b.cooperative, b.branch].filter(Boolean).join(' / ') || '-');
  fieldLine(cursor, 'Jenis usaha', b.type || '-');
  fieldLine(cursor, 'Periode', formatPeriodId(s.period));
  fieldLine(cursor, 'Dibuat', formatInstantId(s.createdAt, b.timeZone));
  fieldLine(cursor, 'ID laporan', s.id);
  fieldLine(cursor, 'Kode laporan', code);
}

/** Laba rugi for the whole period, then the breakdown per category. */
export function drawProfitAndLoss(cursor: PdfCursor, s: Statement): void {
  const p = s.profitAndLoss;
  cursor.heading(`1. Laba rugi, ${formatPeriodId(s.period)}`, 140);
  moneyLine(cursor, FIGURE_LABELS.revenue, p.revenue);
  moneyLine(cursor, FIGURE_LABELS.cogs, p.cogs);
  moneyLine(cursor, FIGURE_LABELS.grossProfit, p.grossProfit, true);
  moneyLine(cursor, FIGURE_LABELS.operatingExpenses, p.operatingExpenses);
  moneyLine(cursor, FIGURE_LABELS.operatingProfit, p.operatingProfit, true);
  moneyLine(cursor, FIGURE_LABELS.otherIncome, p.otherIncome);
  moneyLine(cursor, FIGURE_LABELS.otherExpenses, p.otherExpenses);
  moneyLine(cursor, FIGURE_LABELS.netProfit, p.netProfit, true);

  cursor.heading('Rincian per kategori', 40);
  let kind = '';
  for (const line of p.byCategory) {
    if (line.kind !== kind) {
      kind = line.kind;
      cursor.ensure(30);
      cursor.row([{ text: KIND_LABELS[line.kind], x: MARGIN.left, width: LABEL_WIDTH, bold: true }]);
    }
    moneyLine(cursor, line.category, line.amount, false, 14);
  }
  if (p.byCategory.length === 0) cursor.paragraph('Tidak ada pendapatan atau beban dalam periode ini.');
}

/** Arus kas: opening balance, the three groups, closing balance, and each account's closing balance. */
export function drawCashFlow(cursor: PdfCursor, s: Statement): void {
  const c = s.cashFlow;
  cursor.heading('3. Arus kas', 120);
  moneyLine(cursor, FIGURE_LABELS.openingBalance, c.openingBalance, true);
  moneyLine(cursor, FIGURE_LABELS.operating, c.operating);
  moneyLine(cursor, FIGURE_LABELS.investing, c.investing);
  moneyLine(cursor, FIGURE_LABELS.financing, c.financing);
  moneyLine(cursor, FIGURE_LABELS.closingBalance, c.closingBalance, true);
  cursor.gap(4);
  cursor.row([{ text: 'Saldo per akun pada akhir periode', x: MARGIN.left, width: LABEL_WIDTH, bold: true }]);
  for (const account of c.accounts) moneyLine(cursor, account.name, account.balance, false, 14);
}
