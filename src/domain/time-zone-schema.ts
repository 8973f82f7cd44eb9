import { isTimeZone } from './dates';
import { BOOK_FIELD_MAX_LENGTH } from './limits';
import { z } from './zod';

/** A book's IANA time zone as a file carries it: no longer than the book's own field, and one the platform knows. */
export const timeZoneSchema = z
  .string()
  .max(BOOK_FIELD_MAX_LENGTH.timeZone)
  .refine(isTimeZone, 'unknown time zone');
