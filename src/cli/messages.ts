import type { CsvError, CsvErrorCode } from '../domain/csv';
import type { Problem } from '../domain/result';
import { cliMessage, type CliMessageKey } from '../i18n/cli';
import { problemMessage, type Language, type MessageParams } from '../i18n/translate';

/** The command line speaks Indonesian, as the cooperatives' back offices do, unless told otherwise. */
const LANGUAGE: Language = 'id';

/** One of the command line's own sentences (usage, refused options). */
export const say = (key: CliMessageKey, params?: MessageParams, language: Language = LANGUAGE): string =>
  cliMessage(language, key, params);

/** A problem with its message added: the same sentence the app shows for the same code. */
export function describeProblem(problem: Problem): Problem & { message: string } {
  return { ...problem, message: problemMessage(LANGUAGE, problem) };
}

/** An import problem as the CLI prints it: row, column, code, and the app's message for the code. */
export interface CsvErrorOutput {
  row: number;
  column: string | null;
  code: CsvErrorCode;
  message: string;
  params?: MessageParams;
}

/** Adds the message to an import problem. */
export function describeCsvError(error: CsvError): CsvErrorOutput {
  const message = problemMessage(LANGUAGE, error);
  const out: CsvErrorOutput = { row: error.row, column: error.column, code: error.code, message };
  return error.params ? { ...out, params: error.params } : out;
}
