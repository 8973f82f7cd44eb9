import { SHARED_CACHE, SHARED_FILE_KEY, SHARED_NAME_HEADER } from '../../pwa/shared-file';

/** What `window.launchQueue` hands over when the app opens a file (manifest file_handlers). */
interface LaunchParams {
  files?: ReadonlyArray<{ getFile(): Promise<File> }>;
}

interface LaunchQueue {
  setConsumer(consumer: (params: LaunchParams) => void): void;
}

/** Passes each file the app is opened with (Android "open with Lumbung") to `open`. */
export function consumeLaunchedFiles(open: (file: File) => void): void {
  const queue = (window as Window & { launchQueue?: LaunchQueue }).launchQueue;
  queue?.setConsumer((params) => {
    const handle = params.files?.[0];
    if (handle) void handle.getFile().then(open, () => undefined);
  });
}

/** Whether the location says a file was just shared to the app (`#/periksa?shared=1`). */
export const isSharedLaunch = (hash: string): boolean => /[?&]shared=1(?:&|$)/.test(hash);

/** The name a header carries (the service worker may have percent-encoded it). */
function headerName(value: string | null): string {
  if (!value) return 'laporan';
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Takes the file another app shared (the service worker kept it in Cache Storage) and deletes it
 * from there, so it is read once. Null when there is none.
 */
export async function takeSharedFile(): Promise<File | null> {
  if (typeof caches === 'undefined') return null;
  const cache = await caches.open(SHARED_CACHE);
  const response = await cache.match(SHARED_FILE_KEY);
  if (!response) return null;
  await cache.delete(SHARED_FILE_KEY);
  const name = headerName(response.headers.get(SHARED_NAME_HEADER));
  const type = response.headers.get('content-type') ?? '';
  return new File([await response.blob()], name, { type });
}
