import { WHATSAPP_DIGITS } from '../limits';
import { canonicalText } from '../text';

/** Spaces, dashes, dots and brackets people write inside a phone number. */
const SEPARATORS = /[\s\-.()]/g;

/**
 * An Indonesian mobile number as typed (`0812-3456-789`, `62812…`, `+62 812…`) in E.164
 * (`+62812…`), '' for an empty text, or null when it is not an Indonesian mobile number.
 */
export function normaliseWhatsApp(text: string): string | null {
  const compact = canonicalText(text).replace(SEPARATORS, '');
  if (compact === '') return '';
  const national = compact.startsWith('+62')
    ? compact.slice(3)
    : compact.startsWith('62')
      ? compact.slice(2)
      : compact.startsWith('0')
        ? compact.slice(1)
        : null;
  if (national === null || !/^8\d+$/.test(national)) return null;
  if (national.length < WHATSAPP_DIGITS.min || national.length > WHATSAPP_DIGITS.max) return null;
  return `+62${national}`;
}

/** The number as a `wa.me` link wants it: E.164 without the `+`. */
export const waMeNumber = (e164: string): string => e164.replace(/^\+/, '');

/** The `wa.me` link that opens a chat with a number and a message ready to send. */
export const whatsAppLink = (e164: string, message: string): string =>
  `https://wa.me/${waMeNumber(e164)}?text=${encodeURIComponent(message)}`;
