import { directionOf, type CategoryKind } from '../kinds';
import type { Problem } from '../result';
import {
  ENTRY_COLUMNS,
  TRANSFER_COLUMNS,
  type CompactEntryRow,
  type CompactStatement,
  type CompactTransferRow,
} from './compact-schema';
import type { Statement, StatementEntry, StatementTransfer } from './schema';

/** Numbers names in the order they are first met: each name once, referred to by its index. */
class Codes<T> {
  readonly list: T[] = [];
  private readonly index = new Map<string, number>();
  constructor(private readonly keyOf: (value: T) => string) {}
  code(value: T): number {
    const key = this.keyOf(value);
    let at = this.index.get(key);
    if (at === undefined) {
      at = this.list.push(value) - 1;
      this.index.set(key, at);
    }
    return at;
  }
}

/** The compact form of a statement: every field the same, the rows as tables with codes. */
export function compactStatement(statement: Statement): CompactStatement {
  const { entries, transfers, ...rest } = statement;
  const categories = new Codes<{ kind: CategoryKind; name: string }>((c) => `${c.kind}\u0000${c.name}`);
  const accounts = new Codes<string>((name) => name);
  const entryRows = entries.map((e): CompactEntryRow => [
    e.id,
    e.date,
    e.amount,
    categories.code({ kind: e.kind, name: e.category }),
    accounts.code(e.account),
    e.recordedAt,
    e.imported,
    e.note ?? '',
  ]);
  const transferRows = transfers.map((t): CompactTransferRow => [
    t.id,
    t.date,
    t.amount,
    accounts.code(t.from),
    accounts.code(t.to),
    t.recordedAt,
    t.imported,
    t.note ?? '',
  ]);
  return {
    ...rest,
    codes: { categories: categories.list, accounts: accounts.list },
    entries: { columns: [...ENTRY_COLUMNS], rows: entryRows },
    transfers: { columns: [...TRANSFER_COLUMNS], rows: transferRows },
  };
}

/** The problem of a row whose code names nothing in `codes`. */
const unknownCode = (table: string, row: number, column: number): Problem => ({
  code: 'schema.invalid',
  params: { path: `statement.${table}.rows.${row}.${column}`, issue: 'unknown_code' },
});

/** The entry rows as objects again (an empty note: none), or the problem of the first whose code names nothing in `codes`. */
export function expandEntryRows(
  rows: readonly CompactEntryRow[],
  codes: CompactStatement['codes'],
): StatementEntry[] | Problem {
  const { categories, accounts } = codes;
  const out: StatementEntry[] = new Array<StatementEntry>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const [id, date, amount, c, a, recordedAt, imported, note] = rows[i] as CompactEntryRow;
    const category = categories[c];
    const account = accounts[a];
    if (category === undefined) return unknownCode('entries', i, 3);
    if (account === undefined) return unknownCode('entries', i, 4);
    const { kind, name } = category;
    const direction = directionOf(kind);
    // Written out whole, not spread: a busy shop's statement makes 100,000 of these.
    out[i] =
      note === ''
        ? { id, date, direction, amount, kind, category: name, account, recordedAt, imported }
        : { id, date, direction, amount, kind, category: name, account, note, recordedAt, imported };
  }
  return out;
}

/** The transfer rows as objects again, or the problem of the first whose code names no account. */
export function expandTransferRows(
  rows: readonly CompactTransferRow[],
  accounts: readonly string[],
): StatementTransfer[] | Problem {
  const moved: StatementTransfer[] = new Array<StatementTransfer>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const [id, date, amount, f, t, recordedAt, imported, note] = rows[i] as CompactTransferRow;
    const [from, to] = [accounts[f], accounts[t]];
    if (from === undefined) return unknownCode('transfers', i, 3);
    if (to === undefined) return unknownCode('transfers', i, 4);
    moved[i] =
      note === ''
        ? { id, date, amount, from, to, recordedAt, imported }
        : { id, date, amount, from, to, note, recordedAt, imported };
  }
  return moved;
}

/**
 * The statement a compact form stands for, rows as objects again (an empty note: none), or the
 * first row that names a category or account `codes` does not hold. Each entry's direction is its
 * category kind's, so a compact row cannot contradict its kind.
 */
export function expandStatement(compact: CompactStatement): Statement | Problem {
  const { codes, entries, transfers, ...rest } = compact;
  const out = expandEntryRows(entries.rows, codes);
  if (!Array.isArray(out)) return out;
  const moved = expandTransferRows(transfers.rows, codes.accounts);
  if (!Array.isArray(moved)) return moved;
  return { ...rest, entries: out, transfers: moved };
}
