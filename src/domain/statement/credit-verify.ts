import type { Problem } from '../result';
import { checkCreditFigures } from './credit-check';
import { CREDIT_STATEMENT_FORMAT, creditStatementSchema, isCreditStatement } from './credit-schema';
import type { Statement } from './schema';

/** The schema of a `/2` envelope's statement, or null for any other format. */
export const envelopeSchemaOf = (format: unknown) =>
  format === CREDIT_STATEMENT_FORMAT ? creditStatementSchema : null;

/** The figure problems of a `/2` statement, or null for a `/1` one (checked as before). */
export const creditFigureProblems = (s: Statement): Problem[] | null =>
  isCreditStatement(s) ? checkCreditFigures(s) : null;

/** A statement as the plausibility rules read it: a `/2` one's settlements are recorded rows too. */
export const creditPlausibilityRows = (s: Statement) =>
  isCreditStatement(s) ? { ...s, transfers: [...s.transfers, ...s.settlements] } : s;
