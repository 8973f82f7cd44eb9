import { en } from './en';
import { id, type MessageKey } from './id';

/** The languages Lumbung speaks; Indonesian first. */
export type Language = 'id' | 'en';

/** Every language's catalogue. */
export const CATALOGUES: Record<Language, Record<MessageKey, string>> = { id, en };

/** Values put into a message's `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/** Looks a message up and fills its placeholders. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const template = CATALOGUES[language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Whether a string is a key of the catalogue (for codes that arrive as data). */
export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(id, key);

/** The BCP 47 locale for numbers and dates in a language. */
export const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };
