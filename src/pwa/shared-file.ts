/**
 * Where a statement file shared to Lumbung (share_target) or opened with it (file_handlers) waits
 * for the officer's verify page: one entry in Cache Storage, its original name and type in headers.
 * Shared by the service worker and the page; typed without the DOM or WebWorker libs' extras.
 */

/** The cache that holds the last shared file. */
export const SHARED_CACHE = 'lumbung-shared';

/** The request key the shared file is stored under. */
export const SHARED_FILE_KEY = '/shared/statement';

/** The header that carries the file's original name (URI-encoded: headers are Latin-1). */
export const SHARED_NAME_HEADER = 'X-File-Name';

/** Where the member lands after sharing: the verify page, told a file is waiting. */
export const SHARED_LANDING = '/#/periksa?shared=1';

/** The path the manifest's share_target and file_handlers point at. */
export const VERIFY_PATH = '/periksa';

/** The form field of the share_target that carries the file. */
export const SHARED_FIELD = 'statement';

/** The part of a File the store needs (a Blob with a name). */
interface NamedBlob extends Blob {
  readonly name: string;
}

/** Stores a shared file in Cache Storage, replacing the previous one. */
export async function storeSharedFile(caches: CacheStorage, file: NamedBlob): Promise<void> {
  const cache = await caches.open(SHARED_CACHE);
  const headers = {
    'Content-Type': file.type || 'application/octet-stream',
    'Content-Length': String(file.size),
    [SHARED_NAME_HEADER]: encodeURIComponent(file.name),
  };
  await cache.put(SHARED_FILE_KEY, new Response(file, { headers }));
}
