/** How a file left the app: through the share sheet, as a download, or not at all. */
export type SaveOutcome = 'shared' | 'downloaded' | 'cancelled';

/** Whether the browser can hand this file to the share sheet (WhatsApp, Drive…). */
export function canShareFile(file: File): boolean {
  return typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
}

/** Opens the share sheet with the file; the member closing it is not an error. */
export async function shareFile(file: File, title: string): Promise<SaveOutcome> {
  try {
    await navigator.share({ files: [file], title });
    return 'shared';
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    throw error;
  }
}

/** Saves the file as a download (the browser's Downloads folder). */
export function downloadFile(file: File): SaveOutcome {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the blob by now; keep it a little longer for slow phones.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return 'downloaded';
}
