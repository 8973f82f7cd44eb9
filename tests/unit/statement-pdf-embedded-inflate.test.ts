import { deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { InflateLimitError, decodeBounded } from '../../src/domain/statement/pdf-inflate';
import { decodeEmbeddedFile } from '../../src/domain/statement/pdf-inflate-native';
import { zeroBomb } from '../support/domain/bomb-pdf.mjs';

const MIB = 1024 * 1024;
const json = new TextEncoder().encode(
  JSON.stringify(Array.from({ length: 60_000 }, (_, i) => ({ id: `e-${i}`, amount: i * 7919 }))),
);

/** An embedded file stream of `contents`, stating `size` as its decoded size when given. */
async function embedded(contents: Uint8Array, size?: number) {
  const { context } = await PDFDocument.create();
  return context.stream(contents, {
    Type: 'EmbeddedFile',
    Filter: 'FlateDecode',
    ...(size === undefined ? {} : { Params: { Size: size } }),
  });
}

describe("a statement PDF's embedded file, read by the platform's decoder", () => {
  it('gives the same bytes as the bounded decoder, whatever size the file states', async () => {
    const deflated = new Uint8Array(deflateSync(json));
    for (const size of [json.length, undefined, 10, json.length * 3]) {
      const budget = { remaining: 20 * MIB };
      const bytes = await decodeEmbeddedFile(await embedded(deflated, size), budget);
      expect(Buffer.from(bytes).equals(Buffer.from(json))).toBe(true);
      expect(budget.remaining).toBe(20 * MIB - json.length);
    }
  });

  it('reads a stream with a wrong checksum or bytes after its end as the bounded decoder does', async () => {
    const deflated = new Uint8Array(deflateSync(json));
    const badChecksum = deflated.slice();
    badChecksum[badChecksum.length - 1] ^= 0xff;
    const trailing = new Uint8Array([...deflated, 0x0a, 0x0a]);
    for (const contents of [badChecksum, trailing]) {
      const stream = await embedded(contents, json.length);
      const expected = decodeBounded(stream, { remaining: 20 * MIB });
      const budget = { remaining: 20 * MIB };
      expect(Buffer.from(await decodeEmbeddedFile(stream, budget)).equals(Buffer.from(expected))).toBe(true);
      expect(budget.remaining).toBe(20 * MIB - expected.length);
    }
    const broken = await embedded(deflated.subarray(0, 100), json.length);
    await expect(decodeEmbeddedFile(broken, { remaining: 20 * MIB })).rejects.toThrow(
      (() => {
        try {
          decodeBounded(broken, { remaining: 20 * MIB });
        } catch (error) {
          return String((error as Error).message);
        }
        return 'decoded';
      })(),
    );
  });

  it('stops a bomb at a hundredfold growth or the budget, even when it states a small size', async () => {
    for (const [mib, remaining] of [
      [1000, 1e9],
      [8, 1e9],
      [1, MIB - 1],
    ] as const) {
      const budget = { remaining };
      const stream = await embedded(
        mib === 1 ? new Uint8Array(deflateSync(Buffer.alloc(MIB))) : zeroBomb(mib),
        10,
      );
      await expect(decodeEmbeddedFile(stream, budget)).rejects.toThrow(InflateLimitError);
      expect(budget).toMatchObject({ exceeded: true, remaining });
    }
  });
});
