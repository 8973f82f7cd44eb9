import { MAX_STATEMENT_FILE_BYTES, MAX_WITNESSED_STATEMENT_BYTES, megabytes } from '../domain/limits';
import { useI18n } from '../i18n/I18nProvider';
import { OfficeApiError } from './api';

/** The words for a failed request: the server's own message (a statement too large in the officer's words), or that the server cannot be reached. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useI18n();
  return (error) => {
    // The bounds in the officer's own language, not the server's Indonesian.
    if (error instanceof OfficeApiError && error.code === 'statement.tooLarge')
      return t('office.error.statementTooLarge', {
        json: megabytes(MAX_WITNESSED_STATEMENT_BYTES),
        pdf: megabytes(MAX_STATEMENT_FILE_BYTES),
      });
    if (error instanceof OfficeApiError && error.code === 'statement.busy')
      return t('office.error.statementBusy');
    if (error instanceof OfficeApiError && error.status !== 0 && error.message !== '') return error.message;
    return t('office.error.network');
  };
}
