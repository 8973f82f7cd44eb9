import type { MessageKey } from './id';

/** Messages that load with their screens rather than with the first screen. */
export type MessagePart = 'reports' | 'data' | 'credit';

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
  credit: {
    id: () => import('./credit.id').then((m) => m.creditId),
    en: () => import('./credit.en').then((m) => m.creditEn),
  },
};
