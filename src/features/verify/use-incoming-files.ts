import { useEffect } from 'react';
import { routes } from '../routes';
import { consumeLaunchedFiles, isSharedLaunch, takeSharedFile } from './incoming';

/**
 * Opens the files the app was launched with: through `launchQueue` (Android "open with"), or the one
 * another app shared (`#/periksa?shared=1`, kept by the service worker), which is then forgotten.
 */
export function useIncomingFiles(open: (file: File) => void, onSharedMissing: () => void): void {
  useEffect(() => {
    consumeLaunchedFiles(open);
    if (!isSharedLaunch(window.location.hash)) return;
    // Drop the flag first, so a reload does not look for the file again.
    window.history.replaceState(null, '', routes.verify);
    void takeSharedFile().then(
      (file) => (file ? open(file) : onSharedMissing()),
      () => onSharedMissing(),
    );
  }, [open, onSharedMissing]);
}
