const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Padded base64 of bytes (RFC 4648 §4), as a backup carries a photo. */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    const left = bytes.length - i;
    parts.push(
      ALPHABET.charAt((n >> 18) & 63) +
        ALPHABET.charAt((n >> 12) & 63) +
        (left > 1 ? ALPHABET.charAt((n >> 6) & 63) : '=') +
        (left > 2 ? ALPHABET.charAt(n & 63) : '='),
    );
  }
  return parts.join('');
}

/** The bytes of padded base64 text, or null when it is not base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let at = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n =
      (ALPHABET.indexOf(text.charAt(i)) << 18) |
      (ALPHABET.indexOf(text.charAt(i + 1)) << 12) |
      (Math.max(0, ALPHABET.indexOf(text.charAt(i + 2))) << 6) |
      Math.max(0, ALPHABET.indexOf(text.charAt(i + 3)));
    for (const shift of [16, 8, 0]) if (at < bytes.length) bytes[at++] = (n >> shift) & 0xff;
  }
  return bytes;
}
