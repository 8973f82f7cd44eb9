import { deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_STATEMENT_FILE_BYTES, megabytes } from '../../src/domain/limits';
import { verifyStatement } from '../../src/domain/statement';
import { makeStatementDocuments, type StatementDocuments } from '../../src/domain/statement/documents';
import { InflateLimitError, decodeBounded } from '../../src/domain/statement/pdf-inflate';
import { statementLabels } from '../../src/i18n/statement-labels';
import { bombPdf, zeroBomb, type BombPlace } from '../support/domain/bomb-pdf.mjs';
import { testSigner } from '../support/domain/statement-fixture';
import { tinyStatement } from '../support/domain/tiny-book';

let docs: StatementDocuments;
beforeAll(async () => {
  docs = await makeStatementDocuments(tinyStatement(), await testSigner(), {
    labels: statementLabels('id'),
  });
});

const places: BombPlace[] = ['attachment', 'doubleAttachment', 'objectStream', 'xrefStream'];

describe('a PDF whose streams inflate to a gigabyte', () => {
  it.each(places)('is unreadable at once, as too large, with the bomb in the %s', async (place) => {
    const pdf = await bombPdf(1000, place);
    expect(pdf.length).toBeLessThan(2 * 1024 * 1024);
    const result = await verifyStatement(pdf);
    expect(result).toMatchObject({
      verdict: 'unreadable',
      source: 'pdf',
      problems: [{ code: 'pdf.tooLarge', params: { max: megabytes(MAX_STATEMENT_FILE_BYTES) } }],
    });
  });

  it('stops inflating at the budget or a hundredfold growth, and gives honest streams back whole', async () => {
    const { context } = await PDFDocument.create();
    const flate = (bytes: Uint8Array, filter: string | string[] = 'FlateDecode') =>
      context.stream(bytes, { Filter: filter });
    expect(() => decodeBounded(flate(zeroBomb(1000)), { remaining: 20 * 1024 * 1024 })).toThrow(
      InflateLimitError,
    );
    // Past a megabyte, a stream may grow at most a hundredfold, whatever the budget left.
    expect(() => decodeBounded(flate(zeroBomb(8)), { remaining: 1e9 })).toThrow(InflateLimitError);
    const text = new TextEncoder().encode(
      JSON.stringify(Array.from({ length: 50_000 }, (_, i) => ({ id: `e-${i}`, n: i * 7919 }))),
    );
    const budget = { remaining: 20 * 1024 * 1024 };
    expect(Buffer.from(decodeBounded(flate(deflateSync(text)), budget)).equals(text)).toBe(true);
    expect(budget.remaining).toBe(20 * 1024 * 1024 - text.length);
    expect(() => decodeBounded(flate(deflateSync(text)), { remaining: text.length - 1 })).toThrow(
      InflateLimitError,
    );
    expect(() => decodeBounded(context.stream(text, {}), { remaining: 10 })).toThrow(InflateLimitError);
    expect(() => decodeBounded(flate(text, 'LZWDecode'), budget)).toThrow(/unsupported filter/);
  });

  it('still reads a genuine statement, and one re-saved with object streams, which is no longer the PDF the app made', async () => {
    const labels = statementLabels('id');
    expect((await verifyStatement(docs.pdf, { labels })).verdict).toBe('genuine');
    const resaved = await (await PDFDocument.load(docs.pdf)).save({ useObjectStreams: true });
    expect(new TextDecoder('latin1').decode(resaved)).toContain('/ObjStm');
    expect(await verifyStatement(resaved, { labels })).toMatchObject({
      verdict: 'altered',
      signatureValid: true,
      source: 'pdf',
      problems: [{ code: 'pdf.changed' }],
    });
  });
});
