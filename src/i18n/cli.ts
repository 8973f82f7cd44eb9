import { cliEn } from './cli.en';
import { cliId } from './cli.id';
import { fillPlaceholders, type Language, type MessageParams } from './translate';

/** A key of the command line's own messages. */
export type CliMessageKey = keyof typeof cliId;

// Both languages are loaded at once: the command line is one file run in Node, not a page.
const CATALOGUES: Record<Language, Record<CliMessageKey, string>> = { id: cliId, en: cliEn };

/** One of the command line's own messages, its placeholders filled. */
export const cliMessage = (language: Language, key: CliMessageKey, params?: MessageParams): string =>
  fillPlaceholders(CATALOGUES[language][key], params);
