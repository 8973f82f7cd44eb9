import { useLiveQuery } from 'dexie-react-hooks';
import type { Account } from '../../domain/model';
import { listAccounts } from '../../storage';
import { useSession } from '../session/SessionContext';

/** The book's visible accounts, Kas first, plus any hidden one still named by a record. */
export function useOpenAccounts(keepIds: readonly string[] = []): Account[] | undefined {
  const { db, book } = useSession();
  return useLiveQuery(async () => {
    const accounts = await listAccounts(db, book.id);
    return accounts
      .filter((a) => !a.hidden || keepIds.includes(a.id))
      .sort((a, b) => Number(b.type === 'cash') - Number(a.type === 'cash'));
  }, [db, book.id, keepIds.join('|')]);
}
