import { describe, expect, it } from 'vitest';
import { SYNC_ERROR_CODES } from '../../../src/domain/sync/codes';
import { dataEn } from '../../../src/i18n/data.en';
import { dataId } from '../../../src/i18n/data.id';
import { loadMessages, translate } from '../../../src/i18n/translate';

const CATALOGUES: Record<'id' | 'en', Record<string, string>> = { id: dataId, en: dataEn };

describe('the sync messages', () => {
  it('word every sync refusal in Indonesian and in English, and differently', () => {
    for (const code of SYNC_ERROR_CODES) {
      const key = `error.${code}`;
      expect(CATALOGUES.id[key]?.length, key).toBeGreaterThan(10);
      expect(CATALOGUES.en[key]?.length, key).toBeGreaterThan(10);
      expect(CATALOGUES.id[key], key).not.toBe(CATALOGUES.en[key]);
    }
  });

  it('fill in the figures a refusal names', async () => {
    await loadMessages('data');
    expect(translate('id', 'error.sync.recoveryCodeMalformed', { length: 24 })).toBe(
      'Kode pemulihan terdiri dari 24 huruf dan angka. Periksa lagi yang Anda ketik.',
    );
    expect(translate('id', 'error.sync.restoreIncomplete', { seq: 10, tip: 12 })).toContain('ke-10 dari 12');
  });
});
