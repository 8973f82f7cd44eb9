import type { Id } from '../domain/model';
import { problem, type StorageProblem } from './errors';

/** The longest name an account or category may have. */
export const NAME_MAX_LENGTH = 60;

/** The form a name is compared in: names are unique per book regardless of case. */
export const nameKey = (name: string): string => name.trim().toLocaleLowerCase('id-ID');

/** Problems with a new or changed account or category name, given the book's other rows of that table. */
export function nameProblems(
  table: 'account' | 'category',
  name: string,
  siblings: readonly { id: Id; name: string }[],
  selfId?: Id,
): StorageProblem[] {
  const trimmed = name.trim();
  if (trimmed === '') return [problem(`${table}.nameRequired`)];
  if (trimmed.length > NAME_MAX_LENGTH) return [problem(`${table}.nameTooLong`, { max: NAME_MAX_LENGTH })];
  const clash = siblings.find((s) => s.id !== selfId && nameKey(s.name) === nameKey(trimmed));
  return clash ? [problem(`${table}.duplicateName`, { name: clash.name })] : [];
}
