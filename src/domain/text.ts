// Names and identity fields are kept and compared in one form, so text that looks the same to a
// member (a pasted zero-width space, a full-width letter, a doubled space) is the same text.

/** Unicode format characters (category Cf): zero-width spaces and joiners, bidi marks, BOM, soft hyphen. */
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/** The canonical stored form of a name or identity field: NFKC, format characters removed, white space tidied. */
export function canonicalText(text: string): string {
  // Format characters go first: left in, they would keep NFKC from composing the letters around them.
  return text.replace(FORMAT_CHARACTERS, '').normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** The key two names are matched by: their canonical form, case-folded. */
export function nameKey(name: string): string {
  // Upper case first, so ß and SS, ς and σ fold together as Unicode's full case folding has them;
  // NFKC again because a case mapping can leave a letter decomposed.
  return canonicalText(name).toUpperCase().toLowerCase().normalize('NFKC');
}

/**
 * Finds rows by the key of a name (`nameKey`), working out each distinct spelling's key once: an
 * import names the same few categories and accounts on every one of its hundred thousand rows.
 */
export function byNameKey<T>(rows: ReadonlyMap<string, T>): (name: string) => T | undefined {
  const spellings = new Map<string, T | undefined>();
  return (name) => {
    if (spellings.has(name)) return spellings.get(name);
    const found = rows.get(nameKey(name));
    spellings.set(name, found);
    return found;
  };
}

/** A name as a file name's part: plain lower-case letters, digits and hyphens, at most 40 (`warung-maria`). */
export function fileNameSlug(name: string, fallback: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || fallback;
}
