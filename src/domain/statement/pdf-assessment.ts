import { formatRupiah } from '../money';
import { capacitySourceId, formatDaysId, formatShareId, statementNotesId, warningTextId } from './labels';
import { fieldLine } from './pdf-figures';
import { INK, type PdfCursor } from './pdf-layout';
import type { Statement } from './schema';

/** Kemampuan bayar: M, H, I, r and RPC. */
export function drawRepaymentCapacity(cursor: PdfCursor, s: Statement): void {
  const r = s.repaymentCapacity;
  cursor.heading('5. Kemampuan bayar', 90);
  fieldLine(cursor, 'M  rata-rata laba bersih', `${formatRupiah(r.averageNetProfit)} per bulan`);
  const h = capacitySourceId(r.householdCostsSource, 'prive');
  const i = capacitySourceId(r.existingInstalmentsSource, 'pokok');
  fieldLine(cursor, 'H  biaya rumah tangga', `${formatRupiah(r.householdCosts)} per bulan (${h})`);
  fieldLine(cursor, 'I  angsuran berjalan', `${formatRupiah(r.existingInstalments)} per bulan (${i})`);
  fieldLine(cursor, 'r  rasio', formatShareId(r.ratio));
  cursor.row([
    { text: 'RPC = (M - H - I) x r', x: 48, width: 130, bold: true },
    { text: `${formatRupiah(r.rpc)} per bulan`, x: 178, width: 300, bold: true },
  ]);
  cursor.paragraph(
    'RPC adalah angsuran baru per bulan terbesar yang didukung oleh angka-angka ini (tidak pernah di bawah nol).',
    { size: 8, color: INK.muted },
  );
}

/** Kedisiplinan pencatatan, with its warnings. */
export function drawDiscipline(cursor: PdfCursor, s: Statement): void {
  const d = s.discipline;
  cursor.heading('6. Kedisiplinan pencatatan', 100);
  fieldLine(cursor, 'Hari aktif', `${d.activeDays} dari ${d.daysInPeriod} hari`);
  fieldLine(cursor, 'Jeda terpanjang', formatDaysId(d.longestGapDays));
  fieldLine(cursor, 'Median keterlambatan', formatDaysId(d.medianLagDays));
  fieldLine(cursor, 'Dicatat mundur (3+ hari)', formatShareId(d.backdatedShare));
  fieldLine(cursor, 'Koreksi', `${d.corrections} catatan diubah atau dibatalkan`);
  fieldLine(cursor, 'Diimpor', `${formatShareId(d.importedShare)} catatan diimpor dari berkas`);
  for (const warning of d.warnings) cursor.paragraph(`Peringatan: ${warningTextId(warning)}`, { bold: true });
}

/** The notes: cash basis, unaudited, what lies outside profit and loss, where the rows are. */
export function drawNotes(cursor: PdfCursor, s: Statement, omitNotes: boolean): void {
  cursor.heading('7. Catatan', 60);
  const rows = `Laporan ini memuat ${s.entries.length} catatan dan ${s.transfers.length} pindah dana dalam periode; semuanya ada di berkas statement.json yang dilampirkan pada PDF ini.`;
  for (const note of [...statementNotesId(omitNotes, s.repaymentCapacity), rows])
    cursor.paragraph(`- ${note}`);
}
