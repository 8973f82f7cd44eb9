import { VERIFY_PATH } from './shared-file';

/**
 * The app lives on hash routes under `/`; a page opened at `/periksa` (the manifest's
 * file_handlers action, or a share that reached the network without the service worker) is moved
 * to `/#/periksa` before the first render, without a reload. The verify page then takes the
 * launched file from `window.launchQueue`, or the shared one from Cache Storage.
 */
export function landOnHashRoute(): void {
  if (window.location.pathname !== VERIFY_PATH) return;
  window.history.replaceState(null, '', `/${window.location.hash || '#/periksa'}`);
}
