import { firstDayOf, lastDayOf, monthOf, type BusinessDate, type BusinessMonth } from '../../domain/dates';
import { memberNumberAccepted } from '../../domain/member-number';
import type { Book } from '../../domain/model';
import { DEFAULT_RPC_RATIO, coveredMonths, type Period } from '../../domain/reports';
import { canonicalText } from '../../domain/text';
import type { MessageKey } from '../../i18n/id';
import type { StatementChoices, StatementIdentity } from './make-statement-files';
import { amountFromDigits, parsePercent, percentText } from './numbers';

/** What the member has filled in on the statement screen, as typed. */
export interface StatementDraft {
  fromMonth: BusinessMonth;
  toMonth: BusinessMonth;
  identity: StatementIdentity;
  /** Digits of household costs per month; empty: the average monthly prive. */
  householdCosts: string;
  /** Digits of existing instalments per month; empty: the average monthly angsuran pokok. */
  existingInstalments: string;
  /** The cooperative's ratio in percent, as typed. */
  ratio: string;
  includeNotes: boolean;
  /** Whether details changed here are saved to the book as well. */
  saveIdentity: boolean;
}

/** Whether the draft's details differ from the book's. */
export const identityChanged = (draft: StatementDraft, book: Book): boolean =>
  (Object.keys(draft.identity) as (keyof StatementIdentity)[]).some(
    (key) => canonicalText(draft.identity[key]) !== book[key],
  );

/** The business details a statement names, from the book. */
export const bookIdentity = (book: Book): StatementIdentity => ({
  owner: book.owner,
  memberNumber: book.memberNumber,
  cooperative: book.cooperative,
  branch: book.branch,
});

/**
 * A new draft: the complete months the book covers (up to the last 6), the book's details, the
 * default H and I, r = 60%.
 */
export function initialDraft(
  book: Book,
  today: BusinessDate,
  firstRecord: BusinessDate | null,
): StatementDraft {
  const period = coveredMonths(firstRecord, today, 6);
  return {
    fromMonth: monthOf(period.from),
    toMonth: monthOf(period.to),
    identity: bookIdentity(book),
    householdCosts: '',
    existingInstalments: '',
    ratio: percentText(DEFAULT_RPC_RATIO),
    includeNotes: true,
    saveIdentity: true,
  };
}

/** The fields of a draft that can be wrong. */
export type DraftField = 'period' | 'memberNumber' | 'householdCosts' | 'existingInstalments' | 'ratio';

/** A draft read into choices, or the message of each field that is wrong. */
export type ReadDraft =
  { ok: true; choices: StatementChoices } | { ok: false; errors: Partial<Record<DraftField, MessageKey>> };

/** The period a draft's months make, or null when they are out of order. */
export const draftPeriod = (draft: StatementDraft): Period | null =>
  draft.fromMonth > draft.toMonth
    ? null
    : { from: firstDayOf(draft.fromMonth), to: lastDayOf(draft.toMonth) };

/** Reads a draft: months in order, a member number, amounts within range, a ratio above 0 and up to 100%. */
export function readDraft(draft: StatementDraft): ReadDraft {
  const errors: Partial<Record<DraftField, MessageKey>> = {};
  if (draft.fromMonth > draft.toMonth) errors.period = 'statement.error.period';
  if (!memberNumberAccepted(draft.identity.memberNumber))
    errors.memberNumber = 'error.book.memberNumberInvalid';
  const householdCosts = amountFromDigits(draft.householdCosts);
  const existingInstalments = amountFromDigits(draft.existingInstalments);
  if (householdCosts === null) errors.householdCosts = 'statement.error.amount';
  if (existingInstalments === null) errors.existingInstalments = 'statement.error.amount';
  const ratio = parsePercent(draft.ratio);
  if (ratio === null || ratio === 0) errors.ratio = 'statement.error.ratio';
  if (
    Object.keys(errors).length > 0 ||
    ratio === null ||
    householdCosts === null ||
    existingInstalments === null
  )
    return { ok: false, errors };
  return {
    ok: true,
    choices: {
      from: firstDayOf(draft.fromMonth),
      to: lastDayOf(draft.toMonth),
      identity: draft.identity,
      householdCosts,
      existingInstalments,
      ratio,
      omitNotes: !draft.includeNotes,
    },
  };
}
