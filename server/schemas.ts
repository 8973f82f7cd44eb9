import { z } from 'zod';
import {
  BRANCH_NAME_MAX_LENGTH,
  OFFICER_PASSWORD_MAX_LENGTH,
  OFFICER_PASSWORD_MIN_LENGTH,
  OFFICER_USERNAME_MAX_LENGTH,
  REGISTERED_NAME_MAX_LENGTH,
} from '../src/domain/limits';
import { canonicalMemberNumber } from '../src/domain/member-number';
import { normalizeFingerprint } from '../src/domain/statement/keys';
import { canonicalText } from '../src/domain/text';

/** A member number, taken to its canonical form; anything else is refused. */
export const memberNumberSchema = z
  .string()
  .max(200)
  .transform((text, issue) => {
    const canonical = canonicalMemberNumber(text);
    if (canonical === null) issue.addIssue({ code: 'custom', message: 'not a member number' });
    return canonical ?? '';
  });

/** A member's name as an officer types it, in canonical form. */
export const memberNameSchema = z
  .string()
  .max(REGISTERED_NAME_MAX_LENGTH * 4)
  .transform(canonicalText)
  .pipe(z.string().min(1).max(REGISTERED_NAME_MAX_LENGTH));

/** An officer's username. */
export const usernameSchema = z.string().regex(new RegExp(`^[a-z0-9._-]{3,${OFFICER_USERNAME_MAX_LENGTH}}$`));

/** A new officer's password: long enough to resist guessing, short enough to hash cheaply. */
export const newPasswordSchema = z.string().min(OFFICER_PASSWORD_MIN_LENGTH).max(OFFICER_PASSWORD_MAX_LENGTH);

/** An officer's role. */
export const roleSchema = z.enum(['officer', 'admin']);

/** A branch name, in canonical form. */
export const branchSchema = z
  .string()
  .max(400)
  .transform(canonicalText)
  .pipe(z.string().min(1).max(BRANCH_NAME_MAX_LENGTH));

/** A device fingerprint as it appears in a path, tidied. */
export const fingerprintSchema = z
  .string()
  .max(40)
  .transform((text, issue) => {
    const fingerprint = normalizeFingerprint(text);
    if (fingerprint === null) issue.addIssue({ code: 'custom', message: 'not a fingerprint' });
    return fingerprint ?? '';
  });

/** A book id: a UUID, in lower case. */
export const bookIdSchema = z.uuid().transform((id) => id.toLowerCase());

/** A SHA-256 hash in hex, as the chain carries it. */
export const hashSchema = z.string().regex(/^[0-9a-f]{64}$/);
