import { MAX_SEALED_CATALOG_CHARS } from '../../src/domain/sync/catalog';
import { sealedBookRecordRoutes } from './sealed-book-record';

/**
 * `PUT` and `GET /api/v1/books/{bookId}/catalog`: the book's details, accounts and categories,
 * sealed by the app (version byte, IV, AES-GCM ciphertext) in base64url.
 */
export const bookCatalogRoutes = sealedBookRecordRoutes({
  name: 'catalog',
  field: 'sealed',
  column: 'sealed_catalog',
  maxChars: MAX_SEALED_CATALOG_CHARS,
  bodyLimit: MAX_SEALED_CATALOG_CHARS + 1024,
});
