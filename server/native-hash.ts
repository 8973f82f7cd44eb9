import { hash } from 'node:crypto';
import { installSha256HexSync } from '../src/domain/platform';

/**
 * SHA-256 of a text's UTF-8 bytes (a lone surrogate read as U+FFFD), as lowercase hex, by OpenSSL,
 * in one call (no `Hash` object made and finished for each of a statement's thousands of revisions).
 */
export const nodeSha256Hex = (text: string): string => hash('sha256', text, 'hex');

/** Has the domain's revision hashing run on `node:crypto` in this process, not in JavaScript. */
export const useNodeSha256 = (): void => installSha256HexSync(nodeSha256Hex);
