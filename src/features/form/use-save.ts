import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { storageFailureMessage } from '../data/storage-failure';

/**
 * The save step of a form: runs `onSubmit`, turns a storage failure (a full disk, say) into the
 * member's message, and tracks whether a save is under way and what it last answered.
 */
export function useSave<F>(onSubmit: (fields: F, reason: string) => Promise<string | null>) {
  const { t } = useI18n();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const save = async (fields: F, reason: string): Promise<boolean> => {
    setSaving(true);
    const problem = await onSubmit(fields, reason).catch((error: unknown) => t(storageFailureMessage(error)));
    setSaving(false);
    setSaveError(problem);
    return problem === null;
  };
  return { saving, saveError, save };
}
