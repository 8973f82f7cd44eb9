import type { Problem, Result } from '../../domain/result';
import { useI18n } from '../../i18n/I18nProvider';
import { useToast } from '../../ui/Toast';
import { routes } from '../routes';

/**
 * Confirms a new entry or transfer on the home screen the form returns to, with "Urungkan": an
 * ordinary void through the storage verb, so what was undone stays in the ledger and its history.
 */
export function useUndoToast() {
  const { t, problem } = useI18n();
  const toast = useToast();
  return (message: string, amount: string, undo: () => Promise<Result<unknown, Problem>>) =>
    toast.show(message, {
      on: routes.home,
      action: {
        label: t('entry.undo'),
        run: async () => {
          const undone = await undo();
          if (undone.ok) toast.show(t('entry.undone', { amount }));
          else toast.show(undone.errors.map(problem).join(' '), 'error');
        },
      },
    });
}
