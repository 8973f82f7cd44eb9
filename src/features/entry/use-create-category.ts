import type { CategoryKind } from '../../domain/kinds';
import { useI18n } from '../../i18n/I18nProvider';
import { addCategory } from '../../storage';
import { useSession } from '../session/SessionContext';

/** The entry form's new category: added to the book, answering its id or the refusal in words. */
export function useCreateCategory(): (
  name: string,
  kind: CategoryKind,
) => Promise<{ id: string } | { error: string }> {
  const { db, book } = useSession();
  const { problem } = useI18n();
  return async (name, kind) => {
    const made = await addCategory(db, book.id, { name, kind });
    return made.ok ? { id: made.value.id } : { error: made.errors.map(problem).join(' ') };
  };
}
