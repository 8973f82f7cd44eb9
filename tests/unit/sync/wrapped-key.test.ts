import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from '../../../src/domain/statement/encoding';
import { bookKeyFromRaw, newBookKey } from '../../../src/domain/sync/book-key';
import { KDF_V1, type KdfParams } from '../../../src/domain/sync/kdf';
import { newRecoveryCode, parseRecoveryCode } from '../../../src/domain/sync/recovery-code';
import { unwrapBookKey, wrapBookKey, type WrappedKey } from '../../../src/domain/sync/wrapped-key';
import { present, SYNC_BOOK } from '../../support/domain/sync-chain';

// The lightest settings a record may carry, so the property runs stay quick; KDF_V1 is tried once.
const LIGHT: KdfParams = { name: 'argon2id', memoryKiB: 19 * 1024, iterations: 1, parallelism: 1 };

const codeOf = (result: { ok: boolean; errors?: { code: string }[] }) =>
  result.ok ? 'opened' : result.errors?.[0]?.code;

describe('wrapped book keys', () => {
  it('open with the recovery code as typed back, under the settings written in the record', async () => {
    const key = await newBookKey();
    const code = newRecoveryCode();
    const record = await wrapBookKey(key, SYNC_BOOK, code);
    expect(record.kdf).toMatchObject(KDF_V1);
    expect(JSON.stringify(record)).not.toContain(code);
    const typed = parseRecoveryCode(code.toLowerCase());
    if (!typed.ok) throw new Error('typed code refused');
    const opened = await unwrapBookKey(JSON.parse(JSON.stringify(record)), SYNC_BOOK, typed.value);
    expect(opened.ok && [...opened.value.raw]).toEqual([...key.raw]);
  });

  it('round-trip any key, and refuse any other code without giving a key', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 32, maxLength: 32 }), async (raw) => {
        const key = await bookKeyFromRaw(raw);
        const code = newRecoveryCode();
        const record = await wrapBookKey(key, SYNC_BOOK, code, LIGHT);
        const opened = await unwrapBookKey(record, SYNC_BOOK, code);
        expect(opened.ok && [...opened.value.raw]).toEqual([...key.raw]);
        expect(await unwrapBookKey(record, SYNC_BOOK, newRecoveryCode())).toEqual({
          ok: false,
          errors: [{ code: 'sync.recoveryCodeWrong' }],
        });
      }),
      { numRuns: 4 },
    );
  });

  it('refuse a record with any byte of its salt, IV or sealed key changed', async () => {
    const key = await newBookKey();
    const code = newRecoveryCode();
    const record = await wrapBookKey(key, SYNC_BOOK, code, LIGHT);
    const fields = ['wrapped', 'iv', 'salt'] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...fields),
        fc.nat(47),
        fc.integer({ min: 1, max: 255 }),
        async (field, at, flip) => {
          const text = field === 'salt' ? record.kdf.salt : record[field];
          const bytes = present(fromBase64url(text));
          bytes[at % bytes.length] = present(bytes[at % bytes.length]) ^ flip;
          const changed: WrappedKey =
            field === 'salt'
              ? { ...record, kdf: { ...record.kdf, salt: toBase64url(bytes) } }
              : { ...record, [field]: toBase64url(bytes) };
          expect(codeOf(await unwrapBookKey(changed, SYNC_BOOK, code))).toBe('sync.recoveryCodeWrong');
        },
      ),
      { numRuns: 6 },
    );
  });

  it('refuse a record of another book, a newer version, or settings that would exhaust the phone', async () => {
    const code = newRecoveryCode();
    const record = await wrapBookKey(await newBookKey(), SYNC_BOOK, code, LIGHT);
    expect(codeOf(await unwrapBookKey(record, 'another-book', code))).toBe('sync.wrappedKeyInvalid');
    expect(codeOf(await unwrapBookKey({ ...record, bookId: 'another-book' }, 'another-book', code))).toBe(
      'sync.recoveryCodeWrong',
    );
    expect(codeOf(await unwrapBookKey({ ...record, version: 2 }, SYNC_BOOK, code))).toBe(
      'sync.wrappedKeyNewer',
    );
    const greedy = { ...record, kdf: { ...record.kdf, memoryKiB: 4 * 1024 * 1024 } };
    expect(codeOf(await unwrapBookKey(greedy, SYNC_BOOK, code))).toBe('sync.wrappedKeyInvalid');
    expect(codeOf(await unwrapBookKey('not a record', SYNC_BOOK, code))).toBe('sync.wrappedKeyInvalid');
  });
});
