import { describe, expect, it } from 'vitest';
import { newBookKey } from '../../../src/domain/sync/book-key';
import { encryptRevision } from '../../../src/domain/sync/envelope';
import type { KdfParams } from '../../../src/domain/sync/kdf';
import { formatRecoveryCode, newRecoveryCode } from '../../../src/domain/sync/recovery-code';
import { checkRestore, type RestoreInput } from '../../../src/domain/sync/restore';
import type { WireRevision } from '../../../src/domain/sync/wire';
import { wrapBookKey } from '../../../src/domain/sync/wrapped-key';
import { receiptServer } from '../../support/domain/receipt-server';
import { present, saleChain, SYNC_BOOK } from '../../support/domain/sync-chain';

const LIGHT: KdfParams = { name: 'argon2id', memoryKiB: 19 * 1024, iterations: 1, parallelism: 1 };
const chain = saleChain(12);

/** What the server holds after the phone pushed its twelve revisions, and the member's code. */
async function pushedBook() {
  const key = await newBookKey();
  const code = newRecoveryCode();
  const server = await receiptServer();
  const pulled: WireRevision[] = [];
  for (const revision of chain) {
    const sealed = await encryptRevision(key, revision);
    if (!sealed.ok) throw new Error('sealing failed');
    pulled.push(sealed.value);
  }
  const tip = { seq: 12, hash: present(chain[11]).hash };
  const receipt = (seq: number, hash = present(chain[seq - 1]).hash) =>
    server.sign({
      iss: 'https://kopdit.example',
      book: SYNC_BOOK,
      seq,
      hash,
      receivedAt: '2026-03-02T02:00:00Z',
    });
  const input: RestoreInput = {
    bookId: SYNC_BOOK,
    wrappedKey: JSON.parse(JSON.stringify(await wrapBookKey(key, SYNC_BOOK, code, LIGHT))),
    recoveryCode: formatRecoveryCode(code).toLowerCase(),
    pulled,
    tip,
    receipts: [await receipt(5), await receipt(12)],
    server: { key: server.jwk, fingerprint: server.fingerprint },
  };
  return { input, receipt };
}

const codeOf = async (input: RestoreInput) => {
  const result = await checkRestore(input);
  return result.ok ? 'restored' : present(result.errors[0]).code;
};

describe('restoring a book on a new phone', () => {
  it('gives back every revision as the old phone wrote it, with the receipts checked', async () => {
    const { input } = await pushedBook();
    const result = await checkRestore(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.revisions).toEqual(chain);
    expect(result.value.receipts.map((r) => [r.seq, r.hash])).toEqual([
      [5, present(chain[4]).hash],
      [12, present(chain[11]).hash],
    ]);
  });

  it('refuses a typo before any slow work, and a wrong code without giving anything', async () => {
    const { input } = await pushedBook();
    const typed = input.recoveryCode;
    const typo = `${typed.slice(0, 3)}${typed[3] === 'a' ? 'b' : 'a'}${typed.slice(4)}`;
    expect(await codeOf({ ...input, recoveryCode: typo })).toBe('sync.recoveryCodeTypo');
    expect(await checkRestore({ ...input, recoveryCode: newRecoveryCode() })).toEqual({
      ok: false,
      errors: [{ code: 'sync.recoveryCodeWrong' }],
    });
  });

  it('refuses a changed, swapped, missing or withheld revision', async () => {
    const { input } = await pushedBook();
    const pulled = input.pulled;
    const at = (i: number) => present(pulled[i]);
    const changed = pulled.map((w, i) => (i === 6 ? { ...w, ciphertext: at(7).ciphertext } : w));
    expect(await codeOf({ ...input, pulled: changed })).toBe('sync.envelopeUnreadable');
    expect(await codeOf({ ...input, pulled: pulled.filter((_, i) => i !== 6) })).toBe('sync.restoreChain');
    expect(
      await codeOf({ ...input, pulled: [...pulled.slice(0, 5), at(6), at(5), ...pulled.slice(7)] }),
    ).toBe('sync.restoreChain');
    expect(await codeOf({ ...input, pulled: pulled.slice(0, 10) })).toBe('sync.restoreIncomplete');
    expect(await codeOf({ ...input, pulled: [] })).toBe('sync.restoreEmpty');
  });

  it('refuses a receipt that vouches for a hash the restored chain does not hold', async () => {
    const { input, receipt } = await pushedBook();
    const wrong = await receipt(7, present(chain[8]).hash);
    expect(await codeOf({ ...input, receipts: [...input.receipts, wrong] })).toBe('sync.receiptHash');
  });

  it('refuses the wrapped key of another book', async () => {
    const { input } = await pushedBook();
    expect(await codeOf({ ...input, bookId: 'another-book' })).toBe('sync.wrappedKeyInvalid');
  });
});
