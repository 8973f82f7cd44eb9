import { describe, expect, it } from 'vitest';
import { readBackup } from '../../src/domain/backup/read';
import { translate } from '../../src/i18n/translate';
import { addEntry, makeBackup } from '../../src/storage';
import { codes, freshDb, makeBook, sale, unwrap } from './helpers';

async function phoneWithSale() {
  const db = freshDb();
  const t = await makeBook(db);
  unwrap(await addEntry(db, t.book.id, sale(t, { amount: 25_000, note: 'kopi' })));
  return { db, t, text: (await makeBackup(db, '0.1.0')).text };
}

describe('a backup that names a member twice', () => {
  it('is refused with a clear Indonesian message, though the checksum covers the member JSON.parse keeps', async () => {
    const { text } = await phoneWithSale();
    const firstEntry = text.indexOf('{', text.indexOf('"entries":['));
    const forgeries = {
      amount: `${text.slice(0, firstEntry + 1)}"amount":99000000,${text.slice(firstEntry + 1)}`,
      content: `{"content":{"books":[]},${text.slice(1)}`,
      format: `{"format":"lumbung.backup/0",${text.slice(1)}`,
    };
    for (const [key, forged] of Object.entries(forgeries)) {
      const result = await readBackup(forged);
      expect(codes(result), key).toEqual(['backup.duplicateKey']);
      if (result.ok) continue;
      expect(result.errors[0]?.params).toMatchObject({ key });
    }
    const refused = await readBackup(forgeries.amount);
    if (refused.ok) expect.fail('accepted');
    expect(translate('id', 'error.backup.duplicateKey', refused.errors[0]?.params)).toBe(
      'Cadangan ini rusak atau telah diubah: “amount” tertulis dua kali (di content.entries.0.amount). Tidak ada yang dipulihkan.',
    );
  });
});
