import type { Planned } from '../domain/changes/change';
import { fail, ok, type Problem, type Result } from '../domain/result';
import { commitChange } from './commit';
import type { LumbungDb } from './db';
import { asStorageProblem, type StorageProblem } from './errors';

/** Commits what a domain function planned (when there is anything to write), or hands back its problems. */
export async function commitPlanned<T>(
  db: LumbungDb,
  planned: Result<Planned<T>, Problem>,
): Promise<Result<T, StorageProblem>> {
  if (!planned.ok) return fail(...planned.errors.map(asStorageProblem));
  if (planned.value.change) await commitChange(db, planned.value.change);
  return ok(planned.value.value);
}
