/** Stand-ins for characters outside WinAnsi that a statement may well contain. */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u2192': '->',
  '\u2190': '<-',
  '\u2194': '<->',
  '\u21d2': '=>',
  '\u2265': '>=',
  '\u2264': '<=',
  '\u2260': '!=',
  '\u2212': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2032': "'",
  '\u2033': '"',
  '\u2713': 'v',
  '\u2714': 'v',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
};

// eslint-disable-next-line no-control-regex -- control characters in book text become spaces
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const COMBINING = /[\u0300-\u036f]/g;

/**
 * Text a standard PDF font (WinAnsi) can draw: line breaks and control characters become spaces,
 * known symbols get ASCII stand-ins (`→` → `->`), accented letters lose accents the font lacks, and
 * anything else becomes `?`. Book text (names, notes) is untrusted and may hold any Unicode.
 */
export function toWinAnsi(text: string, supported: ReadonlySet<number>): string {
  let out = '';
  for (const char of text.replace(CONTROL, ' ')) {
    const code = char.codePointAt(0) ?? 0x3f;
    if (supported.has(code)) {
      out += char;
      continue;
    }
    const replacement = REPLACEMENTS[char];
    if (replacement !== undefined) {
      out += replacement;
      continue;
    }
    const bare = char.normalize('NFKD').replace(COMBINING, '');
    out += bare !== '' && [...bare].every((c) => supported.has(c.codePointAt(0) ?? 0)) ? bare : '?';
  }
  return out;
}
