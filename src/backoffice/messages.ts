import { officeId } from '../i18n/office.id';
import { addMessages, loadLanguage, type Language } from '../i18n/translate';

/** Loads the back office's words: Indonesian with the bundle, English (and the app's English) on demand. */
export async function loadOfficeMessages(language: Language): Promise<void> {
  addMessages('id', officeId);
  if (language !== 'en') return;
  const [{ officeEn }] = await Promise.all([import('../i18n/office.en'), loadLanguage('en')]);
  addMessages('en', officeEn);
}
