import type { Problem } from '../result';

/** The longest reason an edit or a void may give. */
export const REASON_MAX_LENGTH = 200;

/** Problems with the reason for an edit (optional) or a void (required). */
export function reasonProblems(reason: string | undefined, required: boolean): Problem[] {
  const trimmed = reason?.trim() ?? '';
  if (required && trimmed === '') return [{ code: 'revision.reasonRequired' }];
  if (trimmed.length > REASON_MAX_LENGTH)
    return [{ code: 'revision.reasonTooLong', params: { max: REASON_MAX_LENGTH } }];
  return [];
}
