import type { z } from '../zod';
import type { Book, Category, Entry, Transfer } from '../model';
import { memberNumberAccepted } from '../member-number';
import { newId } from '../platform';
import { DEFAULT_RPC_RATIO, countCorrections, isWholeMonths, type AccountRef, type Period } from '../reports';
import { fail, ok, type Problem, type Result } from '../result';
import { builtShapeAccepted } from './build-shape';
import { computeFigures } from './figures';
import { fileEntries, fileTransfers } from './build-rows';
import { fullFormProblem } from './full-form-size';
import { openingAccounts, type RollupRows } from './openings';
import { plausibilityProblems } from './plausibility';
import { PDF_LAYOUT, statementSchema, type Statement } from './schema';
import { canonicalText } from '../text';
import { STATEMENT_NOTES_MAX_LENGTH } from '../limits';

/** How long the notes of some rows are together. */
const notesLength = (rows: readonly { note?: string | undefined }[]): number =>
  rows.reduce((sum, row) => sum + (row.note?.length ?? 0), 0);

/** What a statement is made from: the book, its rows, and the member's choices. */
export interface StatementInput {
  book: Pick<
    Book,
    'name' | 'owner' | 'memberNumber' | 'cooperative' | 'branch' | 'businessType' | 'timeZone'
  >;
  /** Whole months, `from` the first day of a month and `to` the last day of one. */
  period: Period;
  /**
   * The book's entries (voided ones too: they count as corrections); those after `to` are ignored.
   * With `before`, only the period's entries are needed (earlier ones are ignored).
   */
  entries: readonly Entry[];
  transfers: readonly Transfer[];
  /**
   * The book's rollup rows (as storage keeps them) holding its history before the period; rows dated
   * from `from` on are ignored. When given, the opening balances come from these rows, so a statement
   * reads the period's entries and a bounded number of rollups instead of the whole book.
   */
  before?: RollupRows;
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
  /** Household costs per month the member states, whole Rupiah (default: the average monthly prive). */
  householdCosts?: number;
  /** Existing instalments per month the member states (default: the average monthly angsuran pokok). */
  existingInstalments?: number;
}

/** The member's choices of repayment capacity that cannot be used, as problems. */
function choiceProblems(input: StatementInput): Problem[] {
  const problems: Problem[] = [];
  const perMonth = { householdCosts: input.householdCosts, existingInstalments: input.existingInstalments };
  for (const [field, value] of Object.entries(perMonth))
    if (value !== undefined && !(Number.isSafeInteger(value) && value >= 0))
      problems.push({ code: 'statement.capacity.invalid', params: { field } });
  const ratio = input.ratio ?? DEFAULT_RPC_RATIO;
  if (!(ratio >= 0 && ratio <= 1)) problems.push({ code: 'statement.ratio.invalid', params: { ratio } });
  return problems;
}

/** What every statement holds before its figures: who, when, the period and the file's rows. */
export type StatementHead = Pick<
  Statement,
  'id' | 'createdAt' | 'appVersion' | 'pdfLayout' | 'notesOmitted' | 'business' | 'period'
> &
  Pick<Statement, 'entries' | 'transfers'> & {
    /** Entries corrected after their day, from the book's own rows (the file cannot show them). */
    corrections: number;
  };

/**
 * The part of a statement that is recorded rather than computed: identity, period and the period's
 * rows as the file carries them. Refused (as data) when the period is not whole months, the member
 * number is not one, a choice of repayment capacity cannot be used or the notes are too long.
 */
export function statementHead(input: StatementInput): Result<StatementHead, Problem> {
  const { period, book } = input;
  if (!isWholeMonths(period) || period.from > period.to)
    return fail({ code: 'statement.period.notWholeMonths', params: { ...period } });
  const refused = choiceProblems(input);
  if (!memberNumberAccepted(book.memberNumber)) refused.push({ code: 'book.memberNumberInvalid' });
  if (refused.length > 0) return fail(...refused);
  const omit = input.omitNotes === true;
  const entries = fileEntries(input, omit);
  const transfers = fileTransfers(input, omit);
  // The format bounds the notes of one statement together, so that its file stays within the limit.
  if (notesLength(entries) + notesLength(transfers) > STATEMENT_NOTES_MAX_LENGTH)
    return fail({ code: 'statement.notesTooLong', params: { max: STATEMENT_NOTES_MAX_LENGTH } });
  const corrections = countCorrections({ entries: input.entries, ...period, timeZone: book.timeZone });
  return ok({
    id: input.id ?? newId(),
    createdAt: input.now.toISOString(),
    appVersion: input.appVersion,
    pdfLayout: PDF_LAYOUT,
    notesOmitted: omit,
    // Canonical, as the verifier requires: a book saved before names were kept so still makes one.
    business: {
      name: canonicalText(book.name),
      owner: canonicalText(book.owner),
      memberNumber: canonicalText(book.memberNumber),
      cooperative: canonicalText(book.cooperative),
      branch: canonicalText(book.branch),
      type: canonicalText(book.businessType),
      timeZone: book.timeZone,
    },
    period: { from: period.from, to: period.to },
    entries,
    transfers,
    corrections,
  });
}

/**
 * Builds the statement of a book for a period of whole months, by the same report code as the
 * reports screen. Refused (as data) as `statementHead` is, and when the result breaks a
 * plausibility rule (made before the period ended, a record recorded after now), or the format's
 * limits, e.g. a name too long, or a file larger than the check reads (`fullFormProblem`).
 */
export function buildStatement(input: StatementInput): Result<Statement, Problem> {
  const head = statementHead(input);
  if (!head.ok) return head;
  const { entries, transfers, corrections, ...identity } = head.value;
  const statement: Statement = {
    ...identity,
    ...computeFigures({
      period: identity.period,
      entries,
      transfers,
      openingAccounts: openingAccounts({ ...input, from: identity.period.from }),
      ratio: input.ratio ?? DEFAULT_RPC_RATIO,
      householdCosts: input.householdCosts,
      existingInstalments: input.existingInstalments,
      timeZone: identity.business.timeZone,
      createdAt: identity.createdAt,
      corrections,
    }),
    entries,
    transfers,
  };
  return checkedStatement(statement, statementSchema);
}

/** A built statement held to the verifier's plausibility rules and the format's schema (`builtShapeAccepted`). */
export function checkedStatement<T extends Statement>(
  statement: T,
  schema: z.ZodType,
  rows: Parameters<typeof plausibilityProblems>[0] = statement,
): Result<T, Problem> {
  // The rules a verifier holds a statement to; a clock set wrong on the phone can break them.
  const implausible = plausibilityProblems(rows);
  if (implausible.length > 0) return fail(...implausible);
  // What the builder made is proved to pass the schema without parsing each row as a whole; when
  // it is not, the whole parse names the problems.
  const checked = builtShapeAccepted(statement, schema) ? null : schema.safeParse(statement);
  if (checked === null || checked.success) {
    const tooLarge = fullFormProblem(statement);
    return tooLarge ? fail(tooLarge) : ok(statement);
  }
  return fail(
    ...checked.error.issues.slice(0, 10).map((issue) => ({
      code: 'statement.invalid',
      params: { path: issue.path.join('.'), issue: issue.code },
    })),
  );
}
