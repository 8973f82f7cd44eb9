import type { Language } from '../i18n/translate';

const KEY = 'lumbung.language';

/**
 * The language to speak before the database is open (loading and error screens): the last one
 * chosen on this device, else Indonesian. The database setting stays the source of truth.
 */
export function currentLanguage(): Language {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

/** Remembers the language for the next start's first screen. */
export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(KEY, language);
    document.documentElement.lang = language;
  } catch {
    // Storage may be unavailable (private mode); the database keeps the choice.
  }
}
