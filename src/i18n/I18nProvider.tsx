import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { formatBusinessDate, formatInstant, type DatePattern } from './format-date';
import type { MessageKey } from './id';
import {
  isLanguageLoaded,
  loadLanguage,
  problemMessage,
  translate,
  type Language,
  type MessageParams,
} from './translate';

/** What a component needs to speak the member's language. */
export interface I18n {
  language: Language;
  t: (key: MessageKey, params?: MessageParams) => string;
  /** The message for a problem code that arrives as data (storage, import, statement). */
  problem: (problem: { code: string; params?: MessageParams }) => string;
  date: (date: string, pattern?: DatePattern) => string;
  instant: (instant: string, timeZone: string) => string;
}

const I18nContext = createContext<I18n | null>(null);

/** Makes the I18n functions for one language. */
export function makeI18n(language: Language): I18n {
  const t = (key: MessageKey, params?: MessageParams) => translate(language, key, params);
  return {
    language,
    t,
    problem: (problem) => problemMessage(language, problem),
    date: (date, pattern) => formatBusinessDate(date, language, pattern),
    instant: (instant, timeZone) => formatInstant(instant, language, timeZone),
  };
}

/**
 * Provides the member's language to every screen below it. A language whose messages have not
 * loaded yet (English is a chunk of its own) is loaded here; until it arrives, or if it cannot,
 * the screens speak Indonesian.
 */
export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const [, setLoads] = useState(0);
  useEffect(() => {
    if (isLanguageLoaded(language)) return;
    let live = true;
    loadLanguage(language).then(
      () => live && setLoads((n) => n + 1),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [language]);
  const shown = isLanguageLoaded(language) ? language : 'id';
  const value = useMemo(() => makeI18n(shown), [shown]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language's messages and formatters. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an I18nProvider above it');
  return value;
}
