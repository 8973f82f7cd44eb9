import { describe, expect, it } from 'vitest';
import { BACKUP_ERROR_CODES } from '../../src/domain/backup/codes';
import { CSV_ERROR_CODES } from '../../src/domain/csv/codes';
import { dataEn } from '../../src/i18n/data.en';
import { dataId } from '../../src/i18n/data.id';
import { en } from '../../src/i18n/en';
import { id } from '../../src/i18n/id';
import { isMessageKey, loadMessages } from '../../src/i18n/translate';
import type { MessageKey } from '../../src/i18n/id';

const CATALOGUES: Record<'id' | 'en', Partial<Record<MessageKey, string>>> = {
  id: { ...id, ...dataId },
  en: { ...en, ...dataEn },
};

describe('the data messages', () => {
  it('give every CSV, backup and storage-fault code a sentence in Indonesian and in English', async () => {
    await loadMessages('data');
    const codes = [...CSV_ERROR_CODES, ...BACKUP_ERROR_CODES, 'storage.quota', 'storage.failed'];
    const keys = codes.map((code) => `error.${code}`);
    expect(keys.filter((key) => !isMessageKey(key))).toEqual([]);
    for (const key of keys as MessageKey[]) {
      expect(CATALOGUES.id[key]?.length, key).toBeGreaterThan(5);
      expect(CATALOGUES.en[key]?.length, key).toBeGreaterThan(5);
    }
  });

  it('speak Indonesian first: the two languages differ for every refusal', () => {
    const same = CSV_ERROR_CODES.map((c) => `error.${c}` as MessageKey).filter(
      (key) => CATALOGUES.id[key] === CATALOGUES.en[key],
    );
    expect(same).toEqual([]);
  });
});
