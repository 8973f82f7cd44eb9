import { isTooLong, REASON_MAX_LENGTH } from './limits';
import type { CodedProblem } from './result';

/** A problem with the reason an edit or a void gives. */
export type ReasonProblem = CodedProblem<'revision.reasonRequired' | 'revision.reasonTooLong'>;

/** Problems with the reason for an edit (optional) or a void (required). */
export function reasonProblems(reason: string | undefined, required: boolean): ReasonProblem[] {
  const trimmed = reason?.trim() ?? '';
  if (required && trimmed === '') return [{ code: 'revision.reasonRequired' }];
  if (isTooLong(trimmed, REASON_MAX_LENGTH))
    return [{ code: 'revision.reasonTooLong', params: { max: REASON_MAX_LENGTH } }];
  return [];
}
