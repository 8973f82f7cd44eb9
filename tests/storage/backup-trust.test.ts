import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/domain/canonical';
import { readBackup } from '../../src/domain/backup/read';
import type { BackupContent } from '../../src/domain/backup/schema';
import { sha256Hex } from '../../src/domain/platform';
import { loadMessages, translate } from '../../src/i18n/translate';
import {
  addEntry,
  backupStatus,
  getSetting,
  makeBackup,
  restoreBackup,
  setSetting,
  verifyBookChain,
} from '../../src/storage';
import { codes, freshDb, makeBook, sale, unwrap } from '../support/storage/db';

async function phoneWithSale() {
  const db = freshDb();
  const t = await makeBook(db);
  unwrap(await addEntry(db, t.book.id, sale(t, { amount: 25_000, note: 'kopi' })));
  return { db, t, text: (await makeBackup(db, '0.1.0')).text };
}

/** A backup file as an older app wrote it (or a hand-made one): this content, with a valid checksum. */
async function sealed(content: BackupContent): Promise<string> {
  const value = await sha256Hex(canonicalJson(content));
  return canonicalJson({
    appVersion: '0.1.0',
    asOf: null,
    checksum: { algorithm: 'SHA-256', value },
    content,
    format: 'lumbung.backup/1',
  });
}

describe('a backup that names a member twice', () => {
  // The backup screen brings its words with it.
  beforeAll(() => loadMessages('data'));
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

describe('device settings in a backup', () => {
  it('are never written into a backup', async () => {
    const { db } = await phoneWithSale();
    await setSetting(db, 'language', 'en');
    await setSetting(db, 'device.lastBackup', { at: '2026-03-01T00:00:00.000Z', entries: 1 });
    const file = JSON.parse((await makeBackup(db, '0.1.0')).text) as { content: BackupContent };
    expect(file.content.settings).toEqual([]);
  });

  it('are ignored on restore: an old backup still restores its books, and a 2099 last backup silences nothing', async () => {
    const { text, t } = await phoneWithSale();
    const content = (JSON.parse(text) as { content: BackupContent }).content;
    content.settings = [
      { key: 'currentBookId', value: 'elsewhere' },
      { key: 'device.backupReminderDismissed', value: { at: '2099-01-01T00:00:00.000Z', entries: 999_999 } },
      { key: 'device.lastBackup', value: { at: '2099-01-01T00:00:00.000Z', entries: 999_999 } },
      { key: 'language', value: 'en' },
    ];
    const checked = await readBackup(await sealed(content));
    if (!checked.ok) expect.fail(JSON.stringify(checked.errors));
    expect(checked.value.content.settings).toEqual([]);

    const phone = freshDb();
    await setSetting(phone, 'language', 'id');
    unwrap(await restoreBackup(phone, checked.value.content, { clash: 'replace', copyName: String }));
    expect(await verifyBookChain(phone, t.book.id)).toEqual([]);
    expect(await phone.entries.count()).toBe(1);
    expect(await phone.settings.toArray()).toEqual([{ key: 'language', value: 'id' }]);
    expect(await getSetting(phone, 'device.lastBackup')).toBeUndefined();
    expect((await backupStatus(phone, '2026-05-01T00:00:00.000Z')).lastBackup).toBeUndefined();
  });

  it('are not written by the restore itself, whatever content it is handed', async () => {
    const { text } = await phoneWithSale();
    const content = (JSON.parse(text) as { content: BackupContent }).content;
    content.settings = [{ key: 'device.lastBackup', value: { at: '2099-01-01T00:00:00.000Z', entries: 9 } }];
    const phone = freshDb();
    unwrap(await restoreBackup(phone, content, { clash: 'replace', copyName: String }));
    expect(await phone.settings.count()).toBe(0);
  });
});
