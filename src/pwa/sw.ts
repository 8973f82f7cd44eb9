/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { SHARED_FIELD, SHARED_LANDING, storeSharedFile, VERIFY_PATH } from './shared-file';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

// Every asset, lazy chunks included, is precached so the whole app works offline after one visit.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// A statement shared to Lumbung (the manifest's share_target): keep the file for the verify page,
// then send the member there. A 303 turns the POST into an ordinary GET of the app.
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname === VERIFY_PATH,
  async ({ request }) => {
    try {
      const file = (await request.formData()).get(SHARED_FIELD);
      if (file instanceof File) {
        await storeSharedFile(self.caches, file);
        return Response.redirect(SHARED_LANDING, 303);
      }
    } catch {
      // Not a multipart form with a file: land on the verify page without one.
    }
    return Response.redirect('/#/periksa', 303);
  },
  'POST',
);

registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

// A new version waits until the member agrees to reload; the page then asks it to take over.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
clientsClaim();
