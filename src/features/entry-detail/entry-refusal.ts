import type { I18n } from '../../i18n/I18nProvider';
import type { MessageParams } from '../../i18n/translate';

type CodedProblem = { code: string; params?: MessageParams };

/**
 * The words for an edit or void of an entry that was refused; when it would leave a contact owing
 * less than their recorded payments, it adds what to do first: change or void that payment.
 */
export function entryRefusalText(
  errors: readonly CodedProblem[],
  refusal: (p: CodedProblem) => string,
  t: I18n['t'],
): string {
  const words = errors.map(refusal);
  const overdrawn = errors.find((e) => e.code === 'credit.overdrawn');
  if (overdrawn)
    words.push(t('credit.edit.settledFirst', { contact: String(overdrawn.params?.contact ?? '') }));
  return words.join(' ');
}
