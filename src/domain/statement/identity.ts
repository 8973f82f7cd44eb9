import { isMemberNumber, unusualCharacters } from '../member-number';
import type { Problem } from '../result';
import { canonicalText } from '../text';
import type { Statement } from './schema';

/** The identity fields of a statement's business, in the order the statement shows them. */
export const IDENTITY_FIELDS = ['name', 'owner', 'memberNumber', 'cooperative', 'branch', 'type'] as const;

/**
 * Problems with who a statement says it is from. The app writes every identity field in canonical
 * form and member numbers by the pattern, so a lookalike (`KD‑0042` with a non-breaking hyphen, a
 * zero-width space, a Cyrillic К, full-width letters) was not written by the app: one problem per field.
 */
export function identityProblems(statement: Pick<Statement, 'business'>): Problem[] {
  const problems: Problem[] = [];
  for (const field of IDENTITY_FIELDS) {
    const value = statement.business[field];
    const params = { field, value, characters: unusualCharacters(value) || '—' };
    if (canonicalText(value) !== value) problems.push({ code: 'identity.notCanonical', params });
    else if (field === 'memberNumber' && value !== '' && !isMemberNumber(value))
      problems.push({ code: 'identity.memberNumber', params });
  }
  return problems;
}
