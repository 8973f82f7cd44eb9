import type { Problem } from '../../domain/result';
// The same limit bounds what a PDF may inflate to (domain/statement/pdf-attachment.ts).
import { MAX_STATEMENT_FILE_BYTES } from '../../domain/limits';
import { tooLargeFile } from '../../domain/statement/read';

/** A file's bytes, or why they were not read. */
export type OpenedFile = { ok: true; bytes: Uint8Array } | { ok: false; problem: Problem };

/** A file's bytes at once; older Android WebViews (before Chrome 76) have no `Blob.stream`. */
function wholeBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * A file's bytes, read piece by piece into one buffer of the size it stated (so a file that grows
 * while it is read never takes more), with the share read told after each piece.
 */
async function bytesOf(file: Blob, onRead: (done: number) => void): Promise<Uint8Array> {
  if (typeof file.stream !== 'function') return new Uint8Array(await wholeBytes(file));
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let at = 0;
  for (let piece = await reader.read(); !piece.done; piece = await reader.read()) {
    if (at + piece.value.length > bytes.length) {
      await reader.cancel();
      throw new RangeError('the file grew while it was read');
    }
    bytes.set(piece.value, at);
    at += piece.value.length;
    onRead(at / Math.max(1, bytes.length));
  }
  return at === bytes.length ? bytes : bytes.subarray(0, at);
}

/** Reads a chosen, dropped or shared file; one larger than the format allows is refused before it is read. */
export async function readStatementFile(
  file: Blob,
  onRead: (done: number) => void = () => undefined,
): Promise<OpenedFile> {
  if (file.size > MAX_STATEMENT_FILE_BYTES) return { ok: false, problem: tooLargeFile(file.size) };
  try {
    return { ok: true, bytes: await bytesOf(file, onRead) };
  } catch {
    return { ok: false, problem: { code: 'file.unreadable' } };
  }
}
