import { rollUp } from '../ledger-rows';
import type { Book, Category, Entry, Transfer } from '../model';
import { addMoney } from '../money';
import { newId } from '../platform';
import {
  DEFAULT_RPC_RATIO,
  accountBalances,
  buildDiscipline,
  isWholeMonths,
  type AccountRef,
  type Period,
} from '../reports';
import { fail, ok, type Problem, type Result } from '../result';
import { computeFigures } from './figures';
import { fileEntries, fileTransfers } from './build-rows';
import { statementSchema, type Statement } from './schema';

/** What a statement is made from: the book, its rows, and the member's choices. */
export interface StatementInput {
  book: Pick<
    Book,
    'name' | 'owner' | 'memberNumber' | 'cooperative' | 'branch' | 'businessType' | 'timeZone'
  >;
  /** Whole months, `from` the first day of a month and `to` the last day of one. */
  period: Period;
  /** The book's entries (voided ones too: they count as corrections); those after `to` are ignored. */
  entries: readonly Entry[];
  transfers: readonly Transfer[];
  categories: readonly Pick<Category, 'id' | 'name' | 'kind'>[];
  /** The book's accounts, in display order. */
  accounts: readonly AccountRef[];
  now: Date;
  appVersion: string;
  /** The statement id (default: a new random UUID). */
  id?: string;
  /** Leave the entries' notes out (privacy); the figures stay complete. */
  omitNotes?: boolean;
  /** The cooperative's surplus ratio r (default 0.6). */
  ratio?: number;
}

/** Each account's balance at the start of the period (accounts sharing a name are merged). */
function openingAccounts(input: StatementInput): { name: string; balance: number }[] {
  const kinds = new Map(input.categories.map((c) => [c.id, c.kind]));
  const before = rollUp(
    input.entries.filter((e) => e.date < input.period.from),
    input.transfers.filter((t) => t.date < input.period.from),
    (id) => kinds.get(id) ?? 'modal',
  );
  const byName = new Map<string, number>();
  for (const a of accountBalances([before.daily], [before.transfers], input.accounts))
    byName.set(a.name, addMoney(byName.get(a.name) ?? 0, a.balance));
  return [...byName].map(([name, balance]) => ({ name, balance }));
}

/**
 * Builds the statement of a book for a period of whole months, by the same report code as the
 * reports screen. Refused (as data) when the result breaks the format's limits, e.g. a name too long.
 */
export function buildStatement(input: StatementInput): Result<Statement, Problem> {
  const { period, book } = input;
  if (!isWholeMonths(period) || period.from > period.to)
    return fail({ code: 'statement.period.notWholeMonths', params: { ...period } });
  const omit = input.omitNotes === true;
  const entries = fileEntries(input, omit);
  const transfers = fileTransfers(input, omit);
  const createdAt = input.now.toISOString();
  const corrections = buildDiscipline({
    entries: input.entries,
    ...period,
    timeZone: book.timeZone,
    now: input.now,
  }).corrections;
  const statement: Statement = {
    id: input.id ?? newId(),
    createdAt,
    appVersion: input.appVersion,
    business: {
      name: book.name,
      owner: book.owner,
      memberNumber: book.memberNumber,
      cooperative: book.cooperative,
      branch: book.branch,
      type: book.businessType,
      timeZone: book.timeZone,
    },
    period: { from: period.from, to: period.to },
    ...computeFigures({
      period,
      entries,
      transfers,
      openingAccounts: openingAccounts(input),
      ratio: input.ratio ?? DEFAULT_RPC_RATIO,
      timeZone: book.timeZone,
      createdAt,
      corrections,
    }),
    entries,
    transfers,
  };
  const checked = statementSchema.safeParse(statement);
  if (checked.success) return ok(statement);
  return fail(
    ...checked.error.issues.slice(0, 10).map((issue) => ({
      code: 'statement.invalid',
      params: { path: issue.path.join('.'), issue: issue.code },
    })),
  );
}
