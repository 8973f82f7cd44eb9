import { formatRupiah } from '../money';
import type { Problem } from '../result';
import type { Statement } from './schema';
import type { KeyedVerification } from './expected-key';

/** One reason for a verdict: passed or failed, a code and the plain values its sentence needs. */
export interface VerdictReason {
  ok: boolean;
  code: string;
  params?: Record<string, string | number>;
}

/** How a figure's values read: Rupiah, a share, or a plain count. */
export type FigureUnit = 'rupiah' | 'share' | 'count';

const SHARES = new Set(['ratio', 'backdatedShare', 'importedShare']);
const COUNTS = new Set([
  'activeDays',
  'daysInPeriod',
  'longestGapDays',
  'medianLagDays',
  'corrections',
  'months',
  'accounts',
  'categories',
  'warnings',
  'source',
  'other',
  'creditContacts',
]);

/** The unit of a figure named by `figureOf`. */
export const unitOf = (figure: string): FigureUnit =>
  SHARES.has(figure) ? 'share' : COUNTS.has(figure) ? 'count' : 'rupiah';

type Place = {
  figure: string;
  month?: string;
  account?: string;
  category?: string;
  /** A `/2` position's line (`receivables`), or a debts side (`payables`) and its aging bucket. */
  line?: string;
  side?: string;
  bucket?: string;
};

/**
 * The figure a mismatch's path names, as the officer knows it: `months.2.netProfit` is the net
 * profit of that month, `cashFlow.accounts.1.balance` the balance of that account. Never a path.
 */
export function figureOf(path: string, statement: Statement | null): Place {
  const [section = '', second = '', third = '', fourth = ''] = path.split('.');
  const index = Number(second);
  const at = Number(third);
  if (section === 'months') {
    const month = statement?.months[index]?.month;
    return second === 'length' || third === 'month' || month === undefined
      ? { figure: 'months' }
      : { figure: third, month };
  }
  if (section === 'profitAndLoss' && second === 'byCategory') {
    const category = statement?.profitAndLoss.byCategory[at]?.category;
    return fourth === 'amount' && category !== undefined
      ? { figure: 'categoryAmount', category }
      : { figure: 'categories' };
  }
  if (section === 'cashFlow' && second === 'accounts') {
    const account = statement?.cashFlow.accounts[at]?.name;
    return fourth === 'balance' && account !== undefined
      ? { figure: 'accountBalance', account }
      : { figure: 'accounts' };
  }
  if (section === 'position' && (second === 'opening' || second === 'closing') && third !== '')
    return { figure: second === 'opening' ? 'positionOpening' : 'positionClosing', line: third };
  if ((section === 'receivables' || section === 'payables') && second !== '') {
    if (second === 'aging' && third !== '') return { figure: 'creditAging', side: section, bucket: third };
    return { figure: second === 'contacts' ? 'creditContacts' : 'creditTotal', side: section };
  }
  if (section === 'discipline' && second === 'warnings') return { figure: 'warnings' };
  if (second.endsWith('Source')) return { figure: 'source' };
  return second === '' ? { figure: 'other' } : { figure: second };
}

/**
 * Where a schema problem or a repeated member is, by its path (`statement.entries.3.amount`): the part of the statement,
 * the row counted from one, and the field, for a sentence that names them instead of the path.
 */
function schemaPlace(code: string, path: string, extra: VerdictReason['params']): VerdictReason {
  const parts = path.split('.');
  const inStatement = parts[0] === 'statement' && parts.length > 1;
  const [section = '', ...rest] = inStatement ? parts.slice(1) : ['envelope', ...parts];
  const index = rest.find((p) => /^\d+$/.test(p));
  const field = [...rest].reverse().find((p) => !/^\d+$/.test(p)) ?? (rest.length === 0 ? section : '');
  return {
    ok: false,
    code,
    params: {
      ...extra,
      section,
      field,
      ...(index === undefined ? {} : { row: Number(index) + 1 }),
    },
  };
}

/** The reason a problem gives, in plain values: a mismatch names its figure, not its path. */
export function problemReason(problem: Problem, statement: Statement | null): VerdictReason {
  if (problem.code === 'schema.invalid' && problem.params)
    return schemaPlace(problem.code, String(problem.params.path ?? ''), {
      issue: problem.params.issue ?? '',
    });
  if (problem.code === 'file.duplicateKey' && problem.params)
    return schemaPlace(problem.code, String(problem.params.path ?? ''), { key: problem.params.key ?? '' });
  if (problem.code !== 'figures.mismatch' || !problem.params) return { ok: false, ...problem };
  const { field, stated, computed } = problem.params;
  const place = figureOf(String(field), statement);
  const unit = String(field).endsWith('.length') ? 'count' : unitOf(place.figure);
  // Rupiah read the same in every language (`Rp 1.250.000`), so they are written out here.
  const value = (v: string | number | undefined) =>
    unit === 'rupiah' && typeof v === 'number' ? formatRupiah(v) : (v ?? '—');
  return {
    ok: false,
    code: problem.code,
    params: { ...place, unit, stated: value(stated), computed: value(computed) },
  };
}

/** What reasons are given for: a statement file's check, or a printed copy's QR code (no figures). */
export type ReasonSource = KeyedVerification & {
  signatureValid: boolean;
  figuresConsistent?: boolean;
  statement?: Statement | null;
};

/**
 * The reasons for a verdict, for the officer's screen and the command line alike: what passed,
 * then one reason per problem found, each said once (no second, vaguer line for the same failure).
 */
export function verdictReasons(verification: ReasonSource): VerdictReason[] {
  const readable = verification.verdict !== 'unreadable';
  const reasons: VerdictReason[] = [];
  if (readable && verification.signatureValid) reasons.push({ ok: true, code: 'signature.valid' });
  if (readable && verification.figuresConsistent) reasons.push({ ok: true, code: 'figures.consistent' });
  if (verification.fingerprintMatches === true) reasons.push({ ok: true, code: 'key.registered' });
  const seen = new Set<string>();
  for (const problem of verification.problems) {
    const reason = problemReason(problem, verification.statement ?? null);
    const key = JSON.stringify([reason.code, reason.params]);
    if (seen.has(key)) continue;
    seen.add(key);
    reasons.push(reason);
  }
  return reasons;
}
