/**
 * The few Web Platform APIs the domain uses, typed narrowly so that domain/ compiles without the
 * DOM lib and runs unchanged in Node 20 (which has both globals) and in the browser.
 */
interface WebCryptoLike {
  subtle: {
    digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer>;
  };
  randomUUID(): string;
}

interface TextEncoderLike {
  encode(text: string): Uint8Array;
}

const platform = globalThis as unknown as {
  crypto: WebCryptoLike;
  TextEncoder: new () => TextEncoderLike;
};

/** UTF-8 bytes of a string. */
export const utf8 = (text: string): Uint8Array => new platform.TextEncoder().encode(text);

/** SHA-256 of bytes, as lowercase hex. */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? utf8(data) : data;
  const digest = new Uint8Array(await platform.crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A new random identifier. */
export const newId = (): string => platform.crypto.randomUUID();
