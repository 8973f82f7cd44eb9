import ExcelJS from 'exceljs';
import { beforeAll } from 'vitest';
import type { Statement } from '../../../src/domain/statement';
import { makeStatementDocuments } from '../../../src/domain/statement/documents';
import { statementLabels } from '../../../src/i18n/statement-labels';
import { testSigner } from './statement-fixture';

/** A statement's workbook as an independent reader (ExcelJS) sees it. */
export interface StatementWorkbook {
  workbook: ExcelJS.Workbook;
  /** The rows of a sheet as arrays of cell values (1-based columns shifted to 0-based). */
  rows(name: string): unknown[][];
  /** The cells after a label in a sheet's first column. */
  beside(name: string, label: string): unknown[] | undefined;
}

/**
 * Makes `statement`'s files as the app does (signed, in Indonesian) before the file's tests run,
 * and reads the workbook back.
 */
export function readStatementWorkbook(statement: Statement): StatementWorkbook {
  const workbook = new ExcelJS.Workbook();
  beforeAll(async () => {
    const made = await makeStatementDocuments(statement, await testSigner(), {
      labels: statementLabels('id'),
    });
    const bytes = made.xlsx ?? new Uint8Array();
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    // Signing and drawing the PDF beside the workbook takes seconds on a busy machine.
  }, 120_000);
  const rows = (name: string): unknown[][] => {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    const out: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => out.push((row.values as unknown[]).slice(1)));
    return out;
  };
  const beside = (name: string, label: string) =>
    rows(name)
      .find((row) => row[0] === label)
      ?.slice(1);
  return { workbook, rows, beside };
}
