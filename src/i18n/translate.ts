import { id, type MessageKey } from './id';
import { MESSAGE_PARTS, type MessagePart, type Messages } from './message-parts';

/** The languages Lumbung speaks; Indonesian first. */
export type Language = 'id' | 'en';

/**
 * The messages loaded so far, per language. Indonesian's first-screen catalogue is part of the
 * first screen; English is a chunk of its own, and the reports and data screens bring their parts.
 */
const loaded: Record<Language, Messages> = { id: { ...id }, en: {} };
/** The languages whose first-screen catalogue is here. */
const spoken = new Set<Language>(['id']);
/** The parts some screen has asked for: a language loaded later loads them too. */
const wanted = new Set<MessagePart>();
/** Loads in flight or done, by `language:part`, so each chunk is fetched once. */
const loads = new Map<string, Promise<void>>();

function loadOnce(language: Language, part: MessagePart | 'core'): Promise<void> {
  const key = `${language}:${part}`;
  let load = loads.get(key);
  if (!load) {
    const fetch = part === 'core' ? import('./en').then((m) => m.en) : MESSAGE_PARTS[part][language]();
    load = fetch.then((messages) => {
      Object.assign(loaded[language], messages);
      if (part === 'core') spoken.add(language);
    });
    // A failed load (offline before the first visit finished) may be tried again later.
    load.catch(() => loads.delete(key));
    loads.set(key, load);
  }
  return load;
}

/** Whether a language's first-screen messages are here (Indonesian always is). */
export const isLanguageLoaded = (language: Language): boolean => spoken.has(language);

/** Loads a language's messages and every part asked for so far, once; resolves when `translate` can speak it. */
export async function loadLanguage(language: Language): Promise<void> {
  const parts = [...wanted].map((part) => loadOnce(language, part));
  await Promise.all(language === 'id' ? parts : [loadOnce(language, 'core'), ...parts]);
}

/** Loads a screen's messages in Indonesian and in every other language already loaded. */
export async function loadMessages(part: MessagePart): Promise<void> {
  wanted.add(part);
  // A language still loading counts: its parts then arrive with it.
  const languages = (['id', 'en'] as const).filter((l) => l === 'id' || loads.has(`${l}:core`));
  await Promise.all(languages.map((language) => loadOnce(language, part)));
}

/**
 * Adds messages a separate bundle brings with it (the back office's catalogue), so the member's
 * app never carries them; Indonesian counts as spoken, English once its core is loaded too.
 */
export function addMessages(language: Language, messages: Messages): void {
  Object.assign(loaded[language], messages);
}

/** Values put into a message's `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/**
 * Looks a message up and fills its placeholders. A message whose language has not loaded yet is
 * said in Indonesian meanwhile; one whose part has not loaded at all shows its key.
 */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  return fillPlaceholders(loaded[language][key] ?? loaded.id[key] ?? key, params);
}

/** Puts values into a template's `{name}` placeholders; a placeholder without a value stays as written. */
export function fillPlaceholders(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Whether a string is a key of the messages loaded (for codes that arrive as data). */
export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(loaded.id, key);

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
