import type { MessageKey } from './id';

/** Messages that load with their screens rather than with the first screen. */
export type MessagePart =
  'reports' | 'data' | 'lock' | 'product' | 'statement' | 'stock' | 'photo' | 'credit';

/** Some of a language's messages. */
export type Messages = Partial<Record<MessageKey, string>>;

/**
 * Where each part's messages live, per language. Each is a chunk of its own, fetched beside its
 * screen's chunk (not after it), so a lazy screen waits for one round trip, not two.
 */
export const MESSAGE_PARTS: Record<MessagePart, Record<'id' | 'en', () => Promise<Messages>>> = {
  reports: {
    id: () => import('./reports.id').then((m) => m.reportsId),
    en: () => import('./reports.en').then((m) => m.reportsEn),
  },
  data: {
    id: () => import('./data.id').then((m) => m.dataId),
    en: () => import('./data.en').then((m) => m.dataEn),
  },
  // The lock screen, the PIN's set-up and the evening reminder; Home's offer of a PIN is core.
  lock: {
    id: () => import('./lock.id').then((m) => m.lockId),
    en: () => import('./lock.en').then((m) => m.lockEn),
  },
  // The statement, its files' labels and the officer's check, on the phone, in the worker, the
  // back office, the server and the command line alike.
  statement: {
    id: () =>
      Promise.all([import('./statement.id'), import('./statement-credit.id')]).then(([s, c]) => ({
        ...s.statementId,
        ...c.statementCreditId,
      })),
    en: () =>
      Promise.all([import('./statement.en'), import('./statement-credit.en')]).then(([s, c]) => ({
        ...s.statementEn,
        ...c.statementCreditEn,
      })),
  },
  // Kelola's product list; the quick-sale chips' words are core.
  product: {
    id: () => import('./product.id').then((m) => m.productId),
    en: () => import('./product.en').then((m) => m.productEn),
  },
  stock: {
    id: () => import('./stock.id').then((m) => m.stockId),
    en: () => import('./stock.en').then((m) => m.stockEn),
  },
  photo: {
    id: () => import('./photo.id').then((m) => m.photoId),
    en: () => import('./photo.en').then((m) => m.photoEn),
  },
  credit: {
    id: () => import('./credit.id').then((m) => m.creditId),
    en: () => import('./credit.en').then((m) => m.creditEn),
  },
};
