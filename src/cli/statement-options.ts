import { parseArgs } from 'node:util';
import { firstDayOf, isTimeZone, lastDayOf, monthsBetween, todayIn } from '../domain/dates';
import type { Book } from '../domain/model';
import { parseRupiah } from '../domain/money';
import { lastCompleteMonths, type Period } from '../domain/reports';
import { STATEMENT_LIMITS } from '../domain/statement';
import type { Refusal } from './output';

/** The options of the `statement` command, checked. */
export interface StatementOptions {
  csv: string;
  key: string;
  out: string;
  period: Period;
  business: Pick<
    Book,
    'name' | 'owner' | 'memberNumber' | 'cooperative' | 'branch' | 'businessType' | 'timeZone'
  >;
  omitNotes: boolean;
  /** Show contacts by name instead of pseudonyms (`--show-names`). */
  showContactNames: boolean;
  ratio: number | undefined;
  /** Household costs per month the member states (H); undefined: the book's average prive. */
  householdCosts: number | undefined;
  /** Other instalments per month the member states (I); undefined: the book's average angsuran pokok. */
  existingInstalments: number | undefined;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A monthly amount the member states: whole Rupiah, zero allowed (`0`, `1500000`, `1.500.000`). */
function statedAmount(text: string | undefined): number | undefined | null {
  if (text === undefined) return undefined;
  if (/^\s*0+\s*$/.test(text)) return 0;
  const parsed = parseRupiah(text);
  return parsed.ok ? parsed.value : null;
}

/** The device's time zone (a new book's default: docs/domain.md#the-book-model). */
const deviceTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Jakarta';

/** Reads the `statement` command's options, or why they are refused. */
export function parseStatementOptions(args: string[], now: Date): StatementOptions | Refusal {
  let values;
  try {
    values = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        csv: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        key: { type: 'string' },
        out: { type: 'string' },
        business: { type: 'string' },
        owner: { type: 'string' },
        member: { type: 'string' },
        cooperative: { type: 'string' },
        branch: { type: 'string' },
        type: { type: 'string' },
        'time-zone': { type: 'string' },
        ratio: { type: 'string' },
        'household-costs': { type: 'string' },
        instalments: { type: 'string' },
        'no-notes': { type: 'boolean' },
        'show-names': { type: 'boolean' },
      },
    }).values;
  } catch (error) {
    return { refused: 'cli.option.incomplete', params: { detail: (error as Error).message } };
  }
  const { csv, key, out } = values;
  if (!csv || !key || !out) return { refused: 'cli.option.required' };
  const timeZone = values['time-zone'] ?? deviceTimeZone();
  if (!isTimeZone(timeZone)) return { refused: 'cli.option.timeZone', params: { zone: timeZone } };
  const fallback = lastCompleteMonths(todayIn(timeZone, now));
  const from = values.from ?? fallback.from.slice(0, 7);
  const to = values.to ?? fallback.to.slice(0, 7);
  if (!MONTH.test(from) || !MONTH.test(to)) return { refused: 'cli.option.month' };
  if (from > to) return { refused: 'cli.option.reversed', params: { from, to } };
  const period = { from: firstDayOf(from), to: lastDayOf(to) };
  if (monthsBetween(period.from, period.to).length > STATEMENT_LIMITS.months)
    return { refused: 'cli.option.tooLong', params: { max: STATEMENT_LIMITS.months } };
  const ratio = values.ratio === undefined ? undefined : Number(values.ratio);
  if (ratio !== undefined && !(ratio >= 0 && ratio <= 1)) return { refused: 'cli.option.ratio' };
  const householdCosts = statedAmount(values['household-costs']);
  if (householdCosts === null) return { refused: 'cli.option.householdCosts' };
  const existingInstalments = statedAmount(values.instalments);
  if (existingInstalments === null) return { refused: 'cli.option.instalments' };
  return {
    csv,
    key,
    out,
    period,
    business: {
      name: values.business ?? '',
      owner: values.owner ?? '',
      memberNumber: values.member ?? '',
      cooperative: values.cooperative ?? '',
      branch: values.branch ?? '',
      businessType: values.type ?? '',
      timeZone,
    },
    omitNotes: values['no-notes'] === true,
    showContactNames: values['show-names'] === true,
    ratio,
    householdCosts,
    existingInstalments,
  };
}
