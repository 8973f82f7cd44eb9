import writeXlsxFile, { type Sheet } from 'write-excel-file/universal';
import type { StatementFile } from './schema';
import { MONTH_COLUMNS, entriesSheet, monthsSheet, summarySheet, transfersSheet } from './xlsx-sheets';

/** What the universal writer's result turns into (a `Blob` in the browser and in Node). */
interface BlobLike {
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The statement as an XLSX workbook (Ringkasan, Bulanan, Catatan, Pindah dana), money as real numbers. */
export async function renderStatementXlsx(file: StatementFile, code: string): Promise<Uint8Array> {
  const sheets: Sheet<never>[] = [
    {
      sheet: 'Ringkasan',
      data: summarySheet(file, code),
      columns: [{ width: 34 }, { width: 22 }, { width: 28 }],
    },
    {
      sheet: 'Bulanan',
      data: monthsSheet(file),
      columns: [{ width: 10 }, ...MONTH_COLUMNS.map(() => ({ width: 16 }))],
      stickyRowsCount: 1,
    },
    {
      sheet: 'Catatan',
      data: entriesSheet(file),
      columns: [12, 8, 14, 16, 22, 12, 40, 26, 8, 38].map((width) => ({ width })),
      stickyRowsCount: 1,
    },
    {
      sheet: 'Pindah dana',
      data: transfersSheet(file),
      columns: [12, 14, 14, 14, 40, 26, 8, 38].map((width) => ({ width })),
      stickyRowsCount: 1,
    },
  ];
  const blob = (await writeXlsxFile(sheets).toBlob()) as BlobLike;
  return new Uint8Array(await blob.arrayBuffer());
}
