import type { Change } from '../domain/changes/change';
import { creditItemsOf, type CreditItem } from '../domain/credit/aging';
import { balanceMove } from '../domain/credit/balances';
import { appendOpenCredit, openCreditKey, kindLookup, type OpenCredit } from '../domain/credit/open-items';
import type { CreditSide } from '../domain/credit/records';
import type { Category, Id } from '../domain/model';
import type { LumbungDb, OpenCreditKey } from './db';
import { countedOpenCredit } from './open-credit';

const storedKey = (o: Pick<OpenCredit, 'bookId' | 'contactId' | 'side'>): OpenCreditKey => [
  o.bookId,
  o.contactId,
  o.side,
];

/** One contact side a change moves: how far its balance moves, and whether only by new items and settlements. */
interface Move {
  bookId: Id;
  contactId: Id;
  side: CreditSide;
  move: number;
  appendOnly: boolean;
}

/** The contact sides a change's credit deltas move (a delta taking anything away rules out appending). */
function movesOf(change: Change): Map<string, Move> {
  const moves = new Map<string, Move>();
  const recounted = new Set<Id>([
    ...(change.put?.entries ?? []).flatMap((e) => (e.contactId === undefined ? [] : [e.contactId])),
    ...(change.putCredit?.openingItems ?? []).map((o) => o.contactId),
    ...(change.putCredit?.settlements ?? []).map((s) => s.contactId),
  ]);
  for (const row of change.credit ?? []) {
    const key = openCreditKey(row);
    const known = moves.get(key) ?? { ...row, move: 0, appendOnly: !recounted.has(row.contactId) };
    known.move += balanceMove(row);
    if (row.credit < 0 || row.opening < 0 || row.settled < 0) known.appendOnly = false;
    moves.set(key, known);
  }
  return moves;
}

/** The credit items a change's new entries and opening items make, by the kinds of their categories. */
async function addedItems(db: LumbungDb, change: Change): Promise<CreditItem[]> {
  const entries = (change.add?.entries ?? []).filter((e) => e.contactId !== undefined);
  const known = new Map<Id, Category>(
    [...(change.add?.categories ?? []), ...(change.basis?.categories ?? [])].map((c) => [c.id, c]),
  );
  const missing = [...new Set(entries.map((e) => e.categoryId))].filter((id) => !known.has(id));
  if (missing.length > 0) for (const c of await db.categories.bulkGet(missing)) if (c) known.set(c.id, c);
  const kindOf = kindLookup([...known.values()]);
  return creditItemsOf(entries, kindOf, change.addCredit?.openingItems ?? []);
}

/** Open-credit rows by contact side (`openCreditKey`); null where the side has no row. */
export type OpenCreditRows = ReadonlyMap<string, OpenCredit | null>;

/** The kept rows of the sides a change moves: as `known` holds them when it holds them all, else read. */
function keptRows(db: LumbungDb, list: readonly Move[], known: OpenCreditRows | undefined) {
  if (known && list.every((m) => known.has(openCreditKey(m))))
    return list.map((m) => known.get(openCreditKey(m)) ?? undefined);
  return db.openCredit.bulkGet(list.map(storedKey));
}

/**
 * Inside a commit's transaction: the open credit of every contact side its credit deltas move;
 * resolves to the rows as written (null for a side left without one). New items newer than any the
 * side had, and settlements, append to the kept row, taken from `known` (the last commit's rows)
 * when it holds them, and are written at once, beside the records. Anything else (an edit, a void,
 * a back-dated item) counts the contact again from its records once `written` (the change's record
 * writes) has settled, so the transaction holds them as the change left them.
 */
export async function writeOpenCredit(
  db: LumbungDb,
  change: Change,
  written: Promise<unknown>,
  known?: OpenCreditRows,
): Promise<OpenCreditRows> {
  const moves = movesOf(change);
  if (moves.size === 0) return new Map();
  const list = [...moves.values()];
  const [kept, added] = await Promise.all([keptRows(db, list, known), addedItems(db, change)]);
  const rows = new Map<string, OpenCredit | null>();
  const again = new Map<string, { bookId: Id; contactId: Id }>();
  list.forEach((m, i) => {
    const key = openCreditKey(m);
    const own = added.filter((a) => a.contactId === m.contactId && a.side === m.side);
    const base = kept[i] ?? {
      bookId: m.bookId,
      contactId: m.contactId,
      side: m.side,
      newest: '',
      dueDates: [],
      remaining: [],
    };
    const next = m.appendOnly ? appendOpenCredit(base, own, m.move) : undefined;
    if (next) rows.set(key, next);
    else again.set(`${m.bookId}|${m.contactId}`, m);
  });
  const appended = [...rows.values()].filter((r): r is OpenCredit => r !== null);
  const puts: PromiseLike<unknown>[] = appended.length > 0 ? [db.openCredit.bulkPut(appended)] : [];
  if (again.size === 0) {
    await Promise.all(puts);
    return rows;
  }
  await written;
  const counted = await Promise.all(
    [...again.values()].map((c) => countedOpenCredit(db, c.bookId, c.contactId)),
  );
  const recounted = new Map<string, OpenCredit | null>();
  for (const m of list) if (again.has(`${m.bookId}|${m.contactId}`)) recounted.set(openCreditKey(m), null);
  for (const row of counted.flat()) recounted.set(openCreditKey(row), row);
  const fresh = [...recounted.values()].filter((r): r is OpenCredit => r !== null);
  const gone = list.filter((m) => recounted.get(openCreditKey(m)) === null).map(storedKey);
  await Promise.all([
    ...puts,
    fresh.length > 0 ? db.openCredit.bulkPut(fresh) : null,
    gone.length > 0 ? db.openCredit.bulkDelete(gone) : null,
  ]);
  for (const [key, row] of recounted) rows.set(key, row);
  return rows;
}
