import { MAX_LISTED_CSV_ERRORS, type CsvError } from '../../domain/csv/codes';
import type { I18n } from '../../i18n/I18nProvider';
import type { StorageProblem } from '../../storage';
import { problemText } from '../form/use-problem-text';

/** How many problems the import screen lists before it only counts the rest (the CLI lists as many). */
export const LISTED_PROBLEMS = MAX_LISTED_CSV_ERRORS;

/** One refused row of a file as the member reads it: "Baris 12, kolom tanggal: …". */
export function csvErrorText(error: CsvError, { t, problem }: Pick<I18n, 't' | 'problem'>): string {
  const message = problem({ code: error.code, ...(error.params ? { params: error.params } : {}) });
  return error.column === null
    ? t('data.import.errorAtLine', { line: error.row, message })
    : t('data.import.errorAt', { line: error.row, column: error.column, message });
}

/** A problem the storage layer found while writing an import (a name taken meanwhile…), with its line when known. */
export function storageProblemText(p: StorageProblem, i18n: Pick<I18n, 't' | 'problem' | 'date'>): string {
  const message = problemText(p, i18n);
  const { t } = i18n;
  const line = p.params?.line;
  return line === undefined ? message : t('data.import.errorAtLine', { line, message });
}
