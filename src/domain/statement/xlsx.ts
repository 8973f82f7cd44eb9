import writeXlsxFile, { type Sheet } from 'write-excel-file/universal';
import { isCreditStatement } from './credit-schema';
import type { StatementLabels } from './labels';
import { creditSheet, positionSheet } from './xlsx-credit';
import type { StatementFile } from './schema';
import { MONTH_COLUMNS, entriesSheet, monthsSheet, summarySheet, transfersSheet } from './xlsx-sheets';

/** What the universal writer's result turns into (a `Blob` in the browser and in Node). */
interface BlobLike {
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * The statement as an XLSX workbook (summary, months, entries, transfers; for `/2` also the
 * position with HPP, stock counts and CALK, and the debts by age), money as real numbers.
 */
export async function renderStatementXlsx(
  file: StatementFile,
  code: string,
  labels: StatementLabels,
): Promise<Uint8Array> {
  const { word } = labels;
  const sheets: Sheet<never>[] = [
    {
      sheet: word('sheetSummary'),
      data: summarySheet(file, code, labels),
      columns: [{ width: 34 }, { width: 22 }, { width: 28 }],
    },
    {
      sheet: word('sheetMonths'),
      data: monthsSheet(file, labels),
      columns: [{ width: 10 }, ...MONTH_COLUMNS.map(() => ({ width: 16 }))],
      stickyRowsCount: 1,
    },
    {
      sheet: word('sheetEntries'),
      data: entriesSheet(file, labels),
      columns: [12, 8, 14, 16, 22, 12, 40, 26, 8, 38].map((width) => ({ width })),
      stickyRowsCount: 1,
    },
    {
      sheet: word('sheetTransfers'),
      data: transfersSheet(file, labels),
      columns: [12, 14, 14, 14, 40, 26, 8, 38].map((width) => ({ width })),
      stickyRowsCount: 1,
    },
  ];
  const credit = isCreditStatement(file.statement) ? labels.credit : undefined;
  if (credit && isCreditStatement(file.statement))
    sheets.push(
      {
        sheet: credit.word('sheetPosition'),
        data: positionSheet(file.statement, credit),
        columns: [{ width: 40 }, { width: 18 }, { width: 18 }],
      },
      {
        sheet: credit.word('sheetCredit'),
        data: creditSheet(file.statement, credit, labels),
        columns: [22, 16, 14, 14, 16, 38].map((width) => ({ width })),
      },
    );
  const blob = (await writeXlsxFile(sheets).toBlob()) as BlobLike;
  return new Uint8Array(await blob.arrayBuffer());
}
