import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyCommand } from '../../src/cli/verify-command';
import {
  signStatement,
  statementJson,
  verifyStatement,
  type StatementFile,
  type StatementSigner,
} from '../../src/domain/statement';
import { testSigner } from '../support/domain/statement-fixture';
import { tinyStatement } from '../support/domain/tiny-book';

let signer: StatementSigner;
let file: StatementFile;
let text: string;

beforeAll(async () => {
  signer = await testSigner();
  file = await signStatement(tinyStatement(), signer);
  text = statementJson(file);
});

/** The genuine text with `member` placed first in the object that opens with `opening`. */
function forgedBefore(opening: string, member: string): string {
  const at = text.indexOf(opening);
  if (at === -1) throw new Error(`no ${opening}`);
  const start = at + opening.length;
  return `${text.slice(0, start)}${member},${text.slice(start)}`;
}

/** Forgeries a person or a first-wins parser would read, while JSON.parse keeps the genuine member. */
const forgeries = () => {
  const inflated = structuredClone(file.statement);
  inflated.profitAndLoss.netProfit *= 10;
  inflated.profitAndLoss.revenue *= 10;
  return {
    statement: [forgedBefore('{', `"statement":${JSON.stringify(inflated)}`), 'statement'],
    profitAndLoss: [
      forgedBefore('"statement": {', `"profitAndLoss":${JSON.stringify(inflated.profitAndLoss)}`),
      'statement.profitAndLoss',
    ],
    memberNumber: [
      forgedBefore('"business": {', '"memberNumber":"KSP-9999"'),
      'statement.business.memberNumber',
    ],
    format: [forgedBefore('{', '"format":"lumbung.statement/0"'), 'format'],
    escaped: [forgedBefore('{', '"\\u0073tatement":{}'), 'statement'],
  } as const;
};

/** A PDF carrying `json` as its statement.json, the way the app embeds it. */
async function pdfCarrying(json: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  await doc.attach(new TextEncoder().encode(json), 'statement.json', { mimeType: 'application/json' });
  return doc.save({ useObjectStreams: false });
}

describe('a statement that names a member twice', () => {
  it('is genuine untouched, and the forgeries would pass where the last member wins', async () => {
    expect((await verifyStatement(text)).verdict).toBe('genuine');
    for (const [forged] of Object.values(forgeries()))
      expect((JSON.parse(forged) as StatementFile).statement).toEqual(file.statement);
  });

  it('is unreadable, naming the member and where it is, from JSON and from a PDF', async () => {
    for (const [name, [forged, path]] of Object.entries(forgeries())) {
      const key = path.split('.').pop();
      for (const input of [forged, await pdfCarrying(forged)]) {
        const result = await verifyStatement(input);
        expect(result, name).toMatchObject({
          verdict: 'unreadable',
          statement: null,
          signatureValid: false,
          problems: [{ code: 'file.duplicateKey', params: { key, path } }],
        });
      }
    }
  });

  it('is unreadable on the command line too, with an Indonesian reason (exit 2)', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'lumbung-dup-'));
    try {
      const path = join(dir, 'laporan.json');
      writeFileSync(path, forgeries().memberNumber[0]);
      const result = await verifyCommand([path]);
      expect(result.exitCode).toBe(2);
      expect(result.output).toMatchObject({
        verdict: 'unreadable',
        problems: [
          { code: 'file.duplicateKey', message: expect.stringContaining('“memberNumber” dua kali') },
        ],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
