import { formatRupiah } from '../money';
import { capacitySource, statementNotes, type StatementLabels } from './labels';
import { fieldLine } from './pdf-figures';
import { INK, type PdfCursor } from './pdf-layout';
import { rowCount } from './rows-on-read';
import type { Statement } from './schema';

/** Kemampuan bayar: M, H, I, r and RPC. */
export function drawRepaymentCapacity(cursor: PdfCursor, labels: StatementLabels, s: Statement): void {
  const r = s.repaymentCapacity;
  const { word } = labels;
  const perMonth = (amount: number, source?: string) =>
    source === undefined
      ? word('perMonth', { amount: formatRupiah(amount) })
      : word('perMonthFrom', { amount: formatRupiah(amount), source });
  cursor.heading(`5. ${word('capacity')}`, 90);
  fieldLine(cursor, word('capacityM'), perMonth(r.averageNetProfit));
  const h = capacitySource(labels, r.householdCostsSource, 'sourcePrive');
  const i = capacitySource(labels, r.existingInstalmentsSource, 'sourcePokok');
  fieldLine(cursor, word('capacityH'), perMonth(r.householdCosts, h));
  fieldLine(cursor, word('capacityI'), perMonth(r.existingInstalments, i));
  fieldLine(cursor, word('capacityR'), labels.share(r.ratio));
  cursor.row([
    { text: word('rpcFormula'), x: 48, width: 130, bold: true },
    { text: perMonth(r.rpc), x: 178, width: 300, bold: true },
  ]);
  cursor.paragraph(word('rpcHelp'), { size: 8, color: INK.muted });
}

/** Kedisiplinan pencatatan, with its warnings. */
export function drawDiscipline(cursor: PdfCursor, labels: StatementLabels, s: Statement): void {
  const d = s.discipline;
  const { word } = labels;
  const days = (n: number) => word('daysValue', { days: labels.decimal(n) });
  cursor.heading(`6. ${word('discipline')}`, 100);
  fieldLine(
    cursor,
    word('activeDays'),
    word('activeDaysValue', { active: d.activeDays, days: d.daysInPeriod }),
  );
  fieldLine(cursor, word('longestGap'), days(d.longestGapDays));
  fieldLine(cursor, word('medianLag'), days(d.medianLagDays));
  fieldLine(cursor, word('backdated'), labels.share(d.backdatedShare));
  fieldLine(cursor, word('corrections'), word('correctionsValue', { count: d.corrections }));
  fieldLine(cursor, word('imported'), word('importedValue', { share: labels.share(d.importedShare) }));
  for (const warning of d.warnings) cursor.paragraph(labels.warning(warning), { bold: true });
}

/** The notes: cash basis, unaudited, what lies outside profit and loss, where the rows are. */
export function drawNotes(
  cursor: PdfCursor,
  labels: StatementLabels,
  s: Statement,
  omitNotes: boolean,
): void {
  cursor.heading(`7. ${labels.word('notes')}`, 60);
  const rows = labels.word('noteRows', {
    entries: rowCount(s, 'entries'),
    transfers: rowCount(s, 'transfers'),
  });
  for (const note of [...statementNotes(labels, omitNotes, s.repaymentCapacity), rows])
    cursor.paragraph(`- ${note}`);
}
