import type { Id } from '../model';

/**
 * The id of an imported record, sorting in file order: every row of an import is recorded at the
 * same instant, and "the order recorded" (which debts a collection settles first) is then the
 * order of the file. Without a line, a plain new id.
 */
export const lineOrderedId = (line: number | undefined, newId: () => Id): Id =>
  line === undefined ? newId() : `${String(line).padStart(7, '0')}-${newId()}`;
