/**
 * A value as the text of a `jsonb` parameter. PostgreSQL's jsonb cannot hold U+0000 (nor its
 * `\u0000` escape), and a member's own text (a member number a statement states, quoted in a
 * reason) may carry one: each is written as U+FFFD, the character that stands for one unreadable.
 */
export const jsonbText = (value: unknown): string =>
  JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'string' ? item.replaceAll('\u0000', '\uFFFD') : item,
  );
