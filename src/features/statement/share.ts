/** What became of an attempt to share files. */
export type ShareOutcome = 'shared' | 'cancelled' | 'failed';

/** Whether this browser can hand these files to another app (WhatsApp…) through the share sheet. */
export function canShareFiles(files: File[]): boolean {
  try {
    return typeof navigator.share === 'function' && typeof navigator.canShare === 'function'
      ? navigator.canShare({ files })
      : false;
  } catch {
    return false;
  }
}

/** Opens the share sheet with the files (Web Share API level 2). */
export async function shareFiles(files: File[], text: string): Promise<ShareOutcome> {
  try {
    await navigator.share({ files, text });
    return 'shared';
  } catch (error) {
    return error instanceof DOMException && error.name === 'AbortError' ? 'cancelled' : 'failed';
  }
}

/** Saves a file through a download link (`<a download>` with a blob URL, revoked afterwards). */
export function downloadFile(file: File): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Long enough for the browser to start the download; the blob is freed afterwards.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
