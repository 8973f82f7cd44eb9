/** A `\u0000` escape in JSON text, not itself escaped (an even run of backslashes before it). */
const ESCAPED_NUL = /(?<!\\)((?:\\\\)*)\\u0000/g;

/**
 * A value as the text of a `jsonb` parameter. PostgreSQL's jsonb cannot hold U+0000 (nor its
 * `\u0000` escape), and a member's own text (a member number a statement states, quoted in a
 * reason) may carry one: each is written as U+FFFD, the character that stands for one unreadable.
 * `JSON.stringify` writes every U+0000 as that escape, so the text is searched once for it and
 * rewritten only when it holds one, rather than each string of a large report copied on the way.
 */
export function jsonbText(value: unknown): string {
  const text = JSON.stringify(value);
  return text.includes('\\u0000') ? text.replace(ESCAPED_NUL, '$1\uFFFD') : text;
}
