import { MAX_WRAPPED_KEY_CHARS } from '../../src/domain/sync/wrapped-key';
import { sealedBookRecordRoutes } from './sealed-book-record';

/**
 * `PUT` and `GET /api/v1/books/{bookId}/key`: the book key wrapped under the member's recovery
 * code, the app's opaque blob (KDF parameters, salt, nonce, ciphertext) in base64url.
 */
export const bookKeyRoutes = sealedBookRecordRoutes({
  name: 'key',
  field: 'wrappedKey',
  column: 'wrapped_key',
  maxChars: MAX_WRAPPED_KEY_CHARS,
});
