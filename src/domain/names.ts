import { isTooLong, NAME_MAX_LENGTH } from './limits';
import type { Id } from './model';
import type { CodedProblem } from './result';
import { canonicalText, nameKey } from './text';

/** What a name belongs to: an account, a category, a contact or a product of one book. */
export type NamedTable = 'account' | 'category' | 'contact' | 'product';

/** A problem with an account or category name. */
export type NameProblem = CodedProblem<`${NamedTable}.${'nameRequired' | 'nameTooLong' | 'duplicateName'}`>;

/**
 * Problems with a new or changed account, category or contact name, given the book's other rows of that
 * table: names are compared by `nameKey`, so letter case, Unicode form, invisible format
 * characters and doubled spaces never make two names of one.
 */
export function nameProblems(
  table: NamedTable,
  name: string,
  siblings: readonly { id: Id; name: string }[],
  selfId?: Id,
): NameProblem[] {
  const canonical = canonicalText(name);
  if (canonical === '') return [{ code: `${table}.nameRequired` }];
  if (isTooLong(canonical, NAME_MAX_LENGTH))
    return [{ code: `${table}.nameTooLong`, params: { max: NAME_MAX_LENGTH } }];
  const key = nameKey(canonical);
  const clash = siblings.find((s) => s.id !== selfId && nameKey(s.name) === key);
  return clash ? [{ code: `${table}.duplicateName`, params: { name: clash.name } }] : [];
}
