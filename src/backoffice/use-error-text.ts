import { useI18n } from '../i18n/I18nProvider';
import { OfficeApiError } from './api';

/** The words for a failed request: the server's own message, or that the server cannot be reached. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useI18n();
  return (error) => {
    if (error instanceof OfficeApiError && error.status !== 0 && error.message !== '') return error.message;
    return t('office.error.network');
  };
}
