import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputMaxLength, isTooLong, textLength } from '../../src/domain/limits';
import { nameProblems } from '../../src/domain/names';
import { byNameKey, canonicalText, fileNameSlug, nameKey } from '../../src/domain/text';

/** Text with the characters that make names look alike but differ: format characters, odd spaces, ligatures, emoji. */
const trickyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\u200b', '\u200d', '\ufeff', '\u00ad', '\u200e', '\u00a0', '\u3000', ' ', '\t', '\n'),
    fc.constantFrom('ﬁ', 'Ａ', 'é', 'e\u0301', 'ß', 'İ', 'ς', '🌾', '👩‍🌾'),
    fc.constantFrom('a', 'B', 'n', 'P', '1'),
    fc.string({ unit: 'grapheme', maxLength: 1 }),
  ),
  maxLength: 30,
});

describe('canonicalText', () => {
  it.each([
    ['a zero-width space inside', 'Penj\u200bualan', 'Penjualan'],
    ['soft hyphen and BOM', '\ufeffPen\u00adjualan', 'Penjualan'],
    ['full-width letters and a ligature', 'Ｋａｓ ﬁ', 'Kas fi'],
    ['runs of white space, no-break spaces', '  Bank \u00a0\t BRI  ', 'Bank BRI'],
    ['a decomposed accent', 'Cafe\u0301', 'Café'],
  ])('tidies %s', (_, raw, canonical) => {
    expect(canonicalText(raw)).toBe(canonical);
  });

  it('is idempotent, keeps no format character and no edge or doubled space', () => {
    fc.assert(
      fc.property(trickyText, (raw) => {
        const canonical = canonicalText(raw);
        expect(canonicalText(canonical)).toBe(canonical);
        expect(canonical).not.toMatch(/\p{Cf}|^\s|\s$|\s\s/u);
        expect(canonical.normalize('NFKC')).toBe(canonical);
      }),
    );
  });
});

describe('nameKey', () => {
  it('makes one name of Penjualan however it was typed', () => {
    const keys = [
      'Penjualan',
      'penjualan',
      'PENJUALAN',
      'Penj\u200bualan',
      ' Penjualan\u200d ',
      'Ｐｅｎｊｕａｌａｎ',
    ].map(nameKey);
    expect(new Set(keys)).toEqual(new Set(['penjualan']));
  });

  it('keeps different names apart', () => {
    expect(nameKey('Kas')).not.toBe(nameKey('Kas 2'));
    expect(nameKey('Bank BRI')).not.toBe(nameKey('BankBRI'));
  });

  it('is the same for a name and its canonical form, in any letter case, and idempotent', () => {
    fc.assert(
      fc.property(trickyText, (raw) => {
        const key = nameKey(raw);
        expect(nameKey(key)).toBe(key);
        expect(nameKey(canonicalText(raw))).toBe(key);
        expect(nameKey(raw.toUpperCase())).toBe(nameKey(raw.toLowerCase()));
      }),
    );
  });

  it('is what the duplicate-name check compares', () => {
    const siblings = [{ id: 'c1', name: 'Penjualan' }];
    expect(nameProblems('category', 'penj\u200bualan', siblings)).toEqual([
      { code: 'category.duplicateName', params: { name: 'Penjualan' } },
    ]);
    expect(nameProblems('category', '\u200b\u00ad ', siblings)).toEqual([{ code: 'category.nameRequired' }]);
  });
});

describe('byNameKey', () => {
  it('finds what nameKey finds, for every spelling and each time it is asked', () => {
    fc.assert(
      fc.property(
        fc.array(trickyText, { maxLength: 6 }),
        fc.array(trickyText, { maxLength: 12 }),
        (names, asked) => {
          const rows = new Map(names.map((name, i) => [nameKey(name), i]));
          const find = byNameKey(rows);
          for (const name of [...asked, ...names, ...asked]) expect(find(name)).toBe(rows.get(nameKey(name)));
        },
      ),
    );
  });
});

describe('textLength', () => {
  it('counts code points: an emoji is one character', () => {
    expect(textLength('')).toBe(0);
    expect(textLength('Rp 25.000')).toBe(9);
    expect(textLength('🌾'.repeat(300))).toBe(300);
    expect(textLength('\ud83c')).toBe(1);
  });

  it('agrees with the string iterator, and a limit holds exactly the texts of at most that many characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.nat(40), (text, max) => {
        const length = [...text].length;
        expect(textLength(text)).toBe(length);
        expect(isTooLong(text, max)).toBe(length > max);
      }),
    );
  });

  it('gives inputs a maxLength that never cuts a text within the limit and leaves a cut one over it', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.integer({ min: 1, max: 60 }),
        (text, max) => {
          const cut = text.slice(0, inputMaxLength(max));
          if (!isTooLong(text, max)) expect(cut).toBe(text);
          else expect(isTooLong(cut, max)).toBe(true);
        },
      ),
    );
  });
});

describe('fileNameSlug', () => {
  it('keeps letters, digits and hyphens of a name, lower-case', () => {
    expect(fileNameSlug('Warung Bu Maria!', 'usaha')).toBe('warung-bu-maria');
    expect(fileNameSlug('Kopi Sèdap 88', 'usaha')).toBe('kopi-sedap-88');
  });

  it('falls back when nothing of the name is left', () => {
    expect(fileNameSlug('☕ ✨', 'usaha')).toBe('usaha');
  });

  it('stays within 40 characters and never ends on a hyphen', () => {
    const slug = fileNameSlug('Usaha Tenun Ikat dan Kios Sembako Keluarga Besar Maria', 'usaha');
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith('-')).toBe(false);
  });
});
