import type { Problem } from '../../domain/result';
// The same limit bounds what a PDF may inflate to (domain/statement/pdf-attachment.ts).
import { MAX_STATEMENT_FILE_BYTES } from '../../domain/limits';
import { tooLargeFile } from '../../domain/statement/read';

/** A file's bytes, or why they were not read. */
export type OpenedFile = { ok: true; bytes: Uint8Array } | { ok: false; problem: Problem };

/** A file's bytes; older Android WebViews (before Chrome 76) have no `Blob.arrayBuffer`. */
function bytesOf(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsArrayBuffer(file);
  });
}

/** Reads a chosen, dropped or shared file; one larger than the format allows is refused before it is read. */
export async function readStatementFile(file: Blob): Promise<OpenedFile> {
  if (file.size > MAX_STATEMENT_FILE_BYTES) return { ok: false, problem: tooLargeFile(file.size) };
  try {
    return { ok: true, bytes: new Uint8Array(await bytesOf(file)) };
  } catch {
    return { ok: false, problem: { code: 'file.unreadable' } };
  }
}
