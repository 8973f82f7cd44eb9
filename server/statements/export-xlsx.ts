import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import type { BusinessDate } from '../../src/domain/dates';
import { bold, dateCell, number, text } from '../../src/domain/statement/xlsx-cells';
import { EXPORT_HEADER, EXPORT_VERDICT } from './export';
import type { StatementItem } from './listing';

/**
 * A branch's statements as an XLSX workbook: the CSV's columns, periods as real dates and counts
 * as numbers, so the credit committee can sort and filter. Made on the server: the writer never
 * reaches a browser bundle.
 */
export async function statementsXlsx(items: readonly StatementItem[]): Promise<Buffer> {
  const rows: Cell[][] = items.map((item) => [
    text(item.id),
    text(item.memberNumber),
    dateCell(item.period.from as BusinessDate),
    dateCell(item.period.to as BusinessDate),
    text(EXPORT_VERDICT[item.verdict]),
    text(item.receivedAt),
    number(item.witnessed.total),
    number(item.witnessed.within1d),
    number(item.witnessed.within3d),
    number(item.witnessed.within7d),
    number(item.witnessed.never),
  ]);
  return writeXlsxFile([EXPORT_HEADER.map(bold), ...rows], {
    columns: [38, 16, 12, 12, 10, 26, 10, 18, 18, 18, 18].map((width) => ({ width })),
    stickyRowsCount: 1,
  }).toBuffer();
}
