import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from '../../../src/domain/statement/encoding';
import { newBookKey } from '../../../src/domain/sync/book-key';
import { decryptRevision, encryptRevision } from '../../../src/domain/sync/envelope';
import { MAX_CIPHERTEXT_BYTES, type WireRevision } from '../../../src/domain/sync/wire';
import { chainRevisions } from '../../../src/domain/revisions';
import { present, SYNC_BOOK, saleChain, saleDraft } from '../../support/domain/sync-chain';

const sealed = async (result: Promise<{ ok: boolean }>) => {
  const value = await result;
  if (!value.ok) throw new Error('sealing failed');
  return (value as { ok: true; value: WireRevision }).value;
};

describe('revision envelopes', () => {
  it('carry any note there and back, the link in clear and the content sealed', async () => {
    const key = await newBookKey();
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), async (note) => {
        const [revision] = chainRevisions(undefined, [saleDraft(25_000, note)]);
        const wire = await sealed(encryptRevision(key, present(revision)));
        expect(wire).toMatchObject({ seq: 1, prevHash: null, hash: present(revision).hash });
        expect(present(fromBase64url(wire.ciphertext)).length).toBeLessThanOrEqual(MAX_CIPHERTEXT_BYTES);
        expect(await decryptRevision(key, SYNC_BOOK, wire)).toEqual({ ok: true, value: revision });
      }),
      { numRuns: 60 },
    );
  });

  it('never show the note to the server, and seal the same revision differently each time', async () => {
    const key = await newBookKey();
    const [revision] = chainRevisions(undefined, [saleDraft(5000, 'RAHASIA-DAGANG')]);
    const first = await sealed(encryptRevision(key, present(revision)));
    const second = await sealed(encryptRevision(key, present(revision)));
    expect(first.ciphertext).not.toBe(second.ciphertext);
    const bytes = new TextDecoder('latin1').decode(present(fromBase64url(first.ciphertext)));
    expect(bytes).not.toContain('RAHASIA');
    expect(bytes).not.toContain('5000');
  });

  it('refuse a changed byte anywhere in the ciphertext, and give nothing of the revision', async () => {
    const key = await newBookKey();
    const [revision] = saleChain(1);
    const wire = await sealed(encryptRevision(key, present(revision)));
    const bytes = present(fromBase64url(wire.ciphertext));
    await fc.assert(
      fc.asyncProperty(fc.nat(bytes.length - 1), fc.integer({ min: 1, max: 255 }), async (at, flip) => {
        const changed = bytes.slice();
        changed[at] = present(changed[at]) ^ flip;
        const result = await decryptRevision(key, SYNC_BOOK, { ...wire, ciphertext: toBase64url(changed) });
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(['sync.envelopeUnreadable', 'sync.envelopeMalformed']).toContain(
            present(result.errors[0]).code,
          );
      }),
      { numRuns: 150 },
    );
  });

  it('refuse the wrong key, another book, another seq, or a stated hash that is not the content’s', async () => {
    const key = await newBookKey();
    const chain = saleChain(2);
    const wire = await sealed(encryptRevision(key, present(chain[1])));
    const codeOf = async (k: typeof key, book: string, w: WireRevision) => {
      const result = await decryptRevision(k, book, w);
      return result.ok ? 'opened' : present(result.errors[0]).code;
    };
    expect(await codeOf(await newBookKey(), SYNC_BOOK, wire)).toBe('sync.envelopeUnreadable');
    expect(await codeOf(key, 'another-book', wire)).toBe('sync.envelopeUnreadable');
    expect(await codeOf(key, SYNC_BOOK, { ...wire, seq: 3 })).toBe('sync.envelopeUnreadable');
    expect(await codeOf(key, SYNC_BOOK, { ...wire, hash: present(chain[0]).hash })).toBe('sync.envelopeHash');
    expect(await codeOf(key, SYNC_BOOK, { ...wire, prevHash: null })).toBe('sync.envelopePlace');
    expect(await codeOf(key, SYNC_BOOK, { ...wire, ciphertext: 'not*base64' })).toBe(
      'sync.envelopeMalformed',
    );
    expect(await codeOf(key, SYNC_BOOK, { ...wire, ciphertext: '' })).toBe('sync.envelopeMalformed');
  });

  it('refuse to seal a revision too large to travel', async () => {
    const key = await newBookKey();
    const [revision] = chainRevisions(undefined, [saleDraft(1, 'x'.repeat(MAX_CIPHERTEXT_BYTES))]);
    expect(await encryptRevision(key, present(revision))).toEqual({
      ok: false,
      errors: [{ code: 'sync.envelopeTooLarge', params: { seq: 1 } }],
    });
  });
});
