import { officeId } from '../i18n/office.id';
import { addMessages, loadLanguage, loadMessages, type Language } from '../i18n/translate';

/** Loads the back office's words: Indonesian with the bundle, English (and the app's English) on demand. */
export async function loadOfficeMessages(language: Language): Promise<void> {
  addMessages('id', officeId);
  // The verdicts and the statement's words are a part of the member's app; the office needs them all.
  if (language !== 'en') return loadMessages('statement');
  const [{ officeEn }] = await Promise.all([
    import('../i18n/office.en'),
    loadLanguage('en'),
    loadMessages('statement'),
  ]);
  addMessages('en', officeEn);
}
