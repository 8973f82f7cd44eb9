import { id, type MessageKey } from './id';

/** The languages Lumbung speaks; Indonesian first. */
export type Language = 'id' | 'en';

/** One language's messages, every key present. */
export type Catalogue = Record<MessageKey, string>;

/**
 * The catalogues loaded so far. Indonesian is part of the first screen; English is a chunk of its
 * own, loaded when a member who chose it starts the app or switches to it.
 */
const loaded: Partial<Record<Language, Catalogue>> = { id };

/** Whether a language's messages are here (Indonesian always is). */
export const isLanguageLoaded = (language: Language): boolean => loaded[language] !== undefined;

/** Loads a language's messages, once; resolves when `translate` can speak it. */
export async function loadLanguage(language: Language): Promise<Catalogue> {
  loaded[language] ??= language === 'en' ? (await import('./en')).en : id;
  return loaded[language];
}

/** Values put into a message's `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/**
 * Looks a message up and fills its placeholders. A language whose catalogue has not loaded yet
 * speaks Indonesian meanwhile (the app loads the member's language before it shows a book).
 */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  return fillPlaceholders((loaded[language] ?? id)[key], params);
}

/** Puts values into a template's `{name}` placeholders; a placeholder without a value stays as written. */
export function fillPlaceholders(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Whether a string is a key of the catalogue (for codes that arrive as data). */
export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(id, key);

/**
 * The sentence for a problem that arrives as data: `error.<code>` filled with its params. The app's
 * screens and the command line both word problems here, so a code reads the same everywhere.
 */
export function problemMessage(
  language: Language,
  { code, params }: { code: string; params?: MessageParams },
): string {
  const key = `error.${code}`;
  return isMessageKey(key)
    ? translate(language, key, params)
    : translate(language, 'error.unknown', { code });
}

/** The BCP 47 locale for numbers and dates in a language. */
export const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };
