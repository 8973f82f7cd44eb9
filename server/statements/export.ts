import { quote } from '../../src/domain/csv/export';
import { protectCell } from '../../src/domain/csv/export-cell';
import type { StatementItem } from './listing';

/** The export's columns, in Indonesian as the credit committee reads them. */
export const EXPORT_HEADER = [
  'id',
  'nomor_anggota',
  'periode_dari',
  'periode_sampai',
  'hasil',
  'diterima',
  'catatan',
  'disaksikan_1_hari',
  'disaksikan_3_hari',
  'disaksikan_7_hari',
  'tidak_disaksikan',
];

/** How each verdict reads in an export. */
export const EXPORT_VERDICT = { genuine: 'ASLI', altered: 'DIUBAH' } as const;

/** A branch's statements as CSV (BOM, CRLF, text cells guarded against formulas, as the app's export). */
export function statementsCsv(items: readonly StatementItem[]): string {
  const rows = items.map((item) => [
    item.id,
    protectCell(item.memberNumber),
    item.period.from,
    item.period.to,
    EXPORT_VERDICT[item.verdict],
    item.receivedAt,
    String(item.witnessed.total),
    String(item.witnessed.within1d),
    String(item.witnessed.within3d),
    String(item.witnessed.within7d),
    String(item.witnessed.never),
  ]);
  return `\uFEFF${[EXPORT_HEADER, ...rows].map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}
