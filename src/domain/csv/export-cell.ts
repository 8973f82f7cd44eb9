/**
 * Guarding text cells against formula injection. A spreadsheet reads a cell that starts with `=`,
 * `+`, `-` or `@` (or with a tab or carriage return hiding one of them) as a formula; the export
 * puts a `'` in front so it stays text. A leading `'` of the text itself is doubled for the same
 * reason, so that `unprotectCell(protectCell(x)) === x` for every text: the import strips exactly
 * one `'` when the rest starts with one of those characters, and the round trip keeps every note.
 */
const NEEDS_GUARD = /^[=+\-@\t\r']/;

/** A text cell as the export writes it: prefixed with `'` when a spreadsheet could run it. */
export const protectCell = (text: string): string => (NEEDS_GUARD.test(text) ? `'${text}` : text);

/** A text cell as the import reads it: the export's protective `'` removed, anything else kept. */
export const unprotectCell = (text: string): string =>
  text.startsWith("'") && NEEDS_GUARD.test(text.slice(1)) ? text.slice(1) : text;
