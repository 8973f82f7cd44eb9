import { CREDIT_ERROR_CODES } from '../../src/domain/credit/codes';
import { describe, expect, it } from 'vitest';
import { MONEY_ERROR_CODES } from '../../src/domain/money';
import { PERIOD_ERROR_CODES } from '../../src/domain/reports/periods';
import { dataEn } from '../../src/i18n/data.en';
import { dataId } from '../../src/i18n/data.id';
import { en } from '../../src/i18n/en';
import { id, type MessageKey } from '../../src/i18n/id';
import { lockEn } from '../../src/i18n/lock.en';
import { lockId } from '../../src/i18n/lock.id';
import { productEn } from '../../src/i18n/product.en';
import { productId } from '../../src/i18n/product.id';
import { reportsEn } from '../../src/i18n/reports.en';
import { reportsId } from '../../src/i18n/reports.id';
import {
  isLanguageLoaded,
  isMessageKey,
  loadLanguage,
  loadMessages,
  translate,
} from '../../src/i18n/translate';
import { STORAGE_ERROR_CODES } from '../../src/storage/errors';

const CATALOGUES: Record<'id' | 'en', Partial<Record<MessageKey, string>>> = {
  id: { ...id, ...reportsId, ...dataId, ...lockId, ...productId },
  en: { ...en, ...reportsEn, ...dataEn, ...lockEn, ...productEn },
};

describe('message catalogues', () => {
  it('give every storage, money, period and credit refusal a sentence in both languages', () => {
    const missing = [
      ...STORAGE_ERROR_CODES,
      ...MONEY_ERROR_CODES,
      ...PERIOD_ERROR_CODES,
      ...CREDIT_ERROR_CODES,
    ].filter((code) => !isMessageKey(`error.${code}`));
    expect(missing).toEqual([]);
  });

  it('hold the same placeholders in Indonesian and English', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differing = Object.keys(CATALOGUES.id).filter(
      (key) =>
        JSON.stringify(placeholders(CATALOGUES.id[key as MessageKey] ?? '')) !==
        JSON.stringify(placeholders(CATALOGUES.en[key as MessageKey] ?? '')),
    );
    expect(differing).toEqual([]);
  });

  it('speak Indonesian until the English messages load, which the first screen does not carry', async () => {
    expect(isLanguageLoaded('id')).toBe(true);
    expect(isLanguageLoaded('en')).toBe(false);
    expect(translate('en', 'nav.home')).toBe('Beranda');
    await loadLanguage('en');
    expect(isLanguageLoaded('en')).toBe(true);
    expect(translate('en', 'nav.home')).toBe('Home');
  });

  it('say the messages of a screen once its part has loaded, in English too when English was loaded first', async () => {
    expect(translate('id', 'reports.title')).toBe('reports.title');
    await loadLanguage('en');
    await loadMessages('reports');
    expect(translate('id', 'reports.title')).toBe('Laporan');
    expect(translate('en', 'reports.title')).toBe('Reports');
  });

  it('fill placeholders and leave unknown ones visible', async () => {
    await loadLanguage('en');
    expect(translate('id', 'entry.saved', { amount: 'Rp 25.000', category: 'Penjualan' })).toBe(
      'Tersimpan: Rp 25.000 · Penjualan',
    );
    expect(translate('en', 'entry.saved', { amount: 'Rp 25.000' })).toBe('Saved: Rp 25.000 · {category}');
  });
});
