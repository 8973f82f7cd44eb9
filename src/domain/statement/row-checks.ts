import type { Problem } from '../result';
import { checkFigures } from './check';
import { compactRowsConsistent } from './compact-figures';
import type { CompactStatement } from './compact-schema';
import { creditFigureProblems, creditPlausibilityRows } from './credit-verify';
import { periodPlausibility, plausibilityProblems } from './plausibility';
import type { Statement } from './schema';
import { isCompact } from './written';

/** What the rows of a statement and its figures give: figure problems and plausibility problems. */
export interface RowChecks {
  figures: Problem[];
  plausibility: Problem[];
}

/**
 * The figure and plausibility checks of a statement. A compact one is first checked straight from
 * its columns (`compactRowsConsistent`); only when that finds something do the plain checks run
 * over the expanded rows, so the reasons are always theirs.
 */
export function rowChecks(signed: unknown, statement: Statement): RowChecks {
  if (isCompact(signed) && compactRowsConsistent(signed as CompactStatement, statement))
    return { figures: [], plausibility: periodPlausibility(statement) };
  return {
    figures: creditFigureProblems(statement) ?? checkFigures(statement),
    plausibility: plausibilityProblems(creditPlausibilityRows(statement)),
  };
}
