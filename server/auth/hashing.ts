import { createHmac, randomBytes } from 'node:crypto';

/** A keyed hash (HMAC-SHA-256, hex) of a token, so a copy of the database holds no usable session or code. */
export const keyedHash = (secret: Buffer, purpose: string, token: string): string =>
  createHmac('sha256', secret).update(`${purpose}\u0000${token}`).digest('hex');

/** A new random token: 32 bytes, base64url. */
export const newToken = (): string => randomBytes(32).toString('base64url');
