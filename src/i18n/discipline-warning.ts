import type { Problem } from '../domain/result';
import { translate, type Language } from './translate';

/**
 * The sentence of a discipline warning, on the statement screen and in its files alike. A statement
 * file is untrusted, so an unknown code is shown as a plain code and a missing value as `?`.
 */
export function disciplineWarning(language: Language, warning: Problem): string {
  const p = warning.params ?? {};
  switch (warning.code) {
    case 'discipline.lateBurst':
      return translate(language, 'statement.warning.lateBurst', {
        count: p.count ?? '?',
        days: p.days ?? '?',
        age: p.age ?? '?',
      });
    case 'discipline.noEntries':
      return translate(language, 'statement.warning.noEntries');
    default:
      return translate(language, 'statement.warning.other', { code: warning.code });
  }
}
