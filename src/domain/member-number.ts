import { MEMBER_NUMBER_MAX_LENGTH } from './limits';
import { canonicalText } from './text';

/**
 * What a member number may be, in its canonical form: ASCII letters and digits, with `.`, `/` and
 * `-` after the first character. A lookalike (a non-breaking hyphen, a Cyrillic К) is refused.
 */
export const MEMBER_NUMBER_PATTERN = new RegExp(
  `^[0-9A-Za-z][0-9A-Za-z./-]{0,${MEMBER_NUMBER_MAX_LENGTH - 1}}$`,
);

/** Whether a text, already canonical, is a member number. */
export const isMemberNumber = (canonical: string): boolean => MEMBER_NUMBER_PATTERN.test(canonical);

/** Whether a typed member number is acceptable once canonical: empty (not a member yet) or the pattern. */
export function memberNumberAccepted(typed: string): boolean {
  const canonical = canonicalText(typed);
  return canonical === '' || isMemberNumber(canonical);
}

/**
 * The key member numbers are matched by: the canonical form in upper case. For every number the
 * pattern allows this equals the key the officer's registry has always stored (`nameKey`, upper).
 */
export const memberNumberKey = (memberNumber: string): string => canonicalText(memberNumber).toUpperCase();

/** The characters of a text that are not printable ASCII, as `U+2011` codes (for a plain reason). */
export function unusualCharacters(text: string): string {
  const codes = [...text]
    .filter((ch) => !/^[\x20-\x7e]$/.test(ch))
    .map((ch) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
  return [...new Set(codes)].join(', ');
}

/** A member number in its canonical stored form (`canonicalText`), or null when it is not one. */
export function canonicalMemberNumber(text: string): string | null {
  const canonical = canonicalText(text);
  return isMemberNumber(canonical) ? canonical : null;
}
