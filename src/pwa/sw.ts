/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { nudgeDue } from '../domain/nudge/decide';
import { NUDGE_SYNC_TAG, readNudgeState, writeNudgeState } from './nudge-state';
import { SHARED_FIELD, SHARED_LANDING, storeSharedFile, VERIFY_PATH } from './shared-file';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

/** Periodic Background Sync's event (Chromium only, not in TypeScript's WebWorker lib). */
interface PeriodicSyncEvent extends ExtendableEvent {
  readonly tag: string;
}

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

// The evening reminder, where the browser wakes the worker now and then: the page left the state
// (settings, the book's zone, the day of its latest record), the worker only decides and shows.
self.addEventListener('periodicsync', (event) => {
  const sync = event as PeriodicSyncEvent;
  if (sync.tag !== NUDGE_SYNC_TAG) return;
  sync.waitUntil(
    (async () => {
      const state = await readNudgeState(self.caches);
      const day = state && nudgeDue(state, new Date());
      if (!state || !day) return;
      const { title, body } = state.message;
      await self.registration.showNotification(title, {
        body,
        tag: NUDGE_SYNC_TAG,
        icon: '/icons/icon-192.png',
      });
      await writeNudgeState(self.caches, { ...state, lastNudgedDate: day });
    })(),
  );
});

// Tapping the reminder brings the app forward, or opens it.
self.addEventListener('notificationclick', (event) => {
  if (event.notification.tag !== NUDGE_SYNC_TAG) return;
  event.notification.close();
  event.waitUntil(
    self.clients.matchAll({ type: 'window' }).then(async (windows) => {
      const open = windows[0];
      if (open) await open.focus();
      else await self.clients.openWindow('/');
    }),
  );
});

// A new version waits until the member agrees to reload; the page then asks it to take over.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
clientsClaim();
