import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo } from 'react';
import type { Id } from '../../domain/model';
import { DEFAULT_RPC_RATIO, type Period } from '../../domain/reports';
import type { Problem } from '../../domain/result';
import { defaultCapacityCosts, restateCapacity, type Statement } from '../../domain/statement';
import type { LumbungDb } from '../../storage';
import { statementRows } from '../../storage/lazy';
import { statementFromRows, type StatementChoices } from './make-statement-files';

/** What the statement screen shows before signing. */
export interface StatementPreview {
  /** Null while reading, or when the choices cannot be used. */
  statement: Statement | null;
  /** The book's averages the member may override: monthly prive and angsuran pokok. */
  defaults: { householdCosts: number; existingInstalments: number } | null;
  problems: Problem[];
}

/**
 * The statement the member's choices make, following the book as it changes. The rows are read
 * again only when the months change, and the statement built again only when the rows, details or
 * notes change; H, I and r only restate the capacity, so typing them stays quick on a big book.
 */
export function useStatementPreview(
  db: LumbungDb,
  bookId: Id,
  period: Period | null,
  choices: StatementChoices | null,
): StatementPreview {
  const from = period?.from;
  const to = period?.to;
  const rows = useLiveQuery(
    () => (from && to ? statementRows(db, bookId, { from, to }) : undefined),
    [db, bookId, from, to],
  );
  const identity = useDeferredValue(choices?.identity);
  const omitNotes = choices?.omitNotes === true;
  const base = useMemo(
    () =>
      rows && from && to ? statementFromRows(rows, { from, to, identity, omitNotes }, new Date()) : null,
    [rows, from, to, identity, omitNotes],
  );
  const usable = choices !== null;
  const { householdCosts, existingInstalments, ratio = DEFAULT_RPC_RATIO } = choices ?? {};
  return useMemo(() => {
    if (!base || !usable) return { statement: null, defaults: null, problems: [] };
    if (!base.ok) return { statement: null, defaults: null, problems: base.errors };
    return {
      statement: restateCapacity(base.value, { householdCosts, existingInstalments, ratio }),
      defaults: defaultCapacityCosts(base.value),
      problems: [],
    };
  }, [base, usable, householdCosts, existingInstalments, ratio]);
}
