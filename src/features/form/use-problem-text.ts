import { formatRupiah } from '../../domain/money';
import { useI18n, type I18n } from '../../i18n/I18nProvider';
import type { MessageParams } from '../../i18n/translate';

/** Codes whose money (`owed`) and day (`date`) parameters arrive as data and are read formatted. */
const FORMATTED_CODES = new Set(['credit.overdrawn']);

/** A problem as it arrives as data: its code and raw parameters. */
type CodedProblem = { code: string; params?: MessageParams };

/**
 * The message of a refused write, with its amounts as `Rp 50.000` and its days as `20 Nov 2026`
 * where the problem carries them raw (what a contact owed on a day), in every language.
 */
export function problemText(p: CodedProblem, { problem, date }: Pick<I18n, 'problem' | 'date'>): string {
  if (!p.params || !FORMATTED_CODES.has(p.code)) return problem(p);
  const { owed, date: day } = p.params;
  return problem({
    code: p.code,
    params: {
      ...p.params,
      ...(typeof owed === 'number' ? { owed: formatRupiah(owed) } : {}),
      ...(typeof day === 'string' ? { date: date(day) } : {}),
    },
  });
}

/** `problemText` in the member's language, for a screen's refusals. */
export function useProblemText(): (problem: CodedProblem) => string {
  const i18n = useI18n();
  return (p) => problemText(p, i18n);
}
