import { MEMBER_NUMBER_MAX_LENGTH } from './limits';
import { canonicalText } from './text';

/** What a member number looks like in its canonical form: a letter or digit, then letters, digits, `.`, `/`, `-`. */
export const MEMBER_NUMBER_PATTERN = new RegExp(
  `^[0-9A-Za-z][0-9A-Za-z./-]{0,${MEMBER_NUMBER_MAX_LENGTH - 1}}$`,
);

/** A member number in its canonical stored form (`canonicalText`), or null when it is not one. */
export function canonicalMemberNumber(text: string): string | null {
  const canonical = canonicalText(text);
  return MEMBER_NUMBER_PATTERN.test(canonical) ? canonical : null;
}
