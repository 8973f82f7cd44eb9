import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyCommand } from '../../src/cli/verify-command';
import {
  buildStatement,
  COMPACT_FROM_ROWS,
  signStatement,
  statementJson,
  verifyStatement,
  type StatementFile,
  type StatementSigner,
} from '../../src/domain/statement';
import { busyShopInput } from '../support/domain/busy-book';
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

describe('a busy shop’s statement, its rows read by the column check, that names a member twice', () => {
  it('is genuine untouched though its rows hold colons, and unreadable when a member is named twice', async () => {
    // Colons in row ids and notes are counted where the column check reads the rows, not by the
    // strict parser's own walk: a miscount there would let a repeated member through.
    const input = busyShopInput(COMPACT_FROM_ROWS + 100);
    input.entries = input.entries.map((entry, i) =>
      i % 7 === 0 ? { ...entry, id: `jual:${i}:a`, note: `Jam 10:30: kopi ${i}` } : entry,
    );
    const built = buildStatement(input);
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    const busy = statementJson(await signStatement(built.value, signer));
    expect(busy).toContain('"rows": [');
    expect((await verifyStatement(busy)).verdict).toBe('genuine');
    const forged = (opening: string, member: string) => {
      const at = busy.indexOf(opening) + opening.length;
      return `${busy.slice(0, at)}${member},${busy.slice(at)}`;
    };
    const cases = [
      [
        forged('"business": {', '"memberNumber":"KSP-9999"'),
        'memberNumber',
        'statement.business.memberNumber',
      ],
      [forged('"entries": {', '"columns":[]'), 'columns', 'statement.entries.columns'],
      [forged('{', '"format":"lumbung.statement/0"'), 'format', 'format'],
    ] as const;
    for (const [text, key, path] of cases)
      expect(await verifyStatement(text), path).toMatchObject({
        verdict: 'unreadable',
        problems: [{ code: 'file.duplicateKey', params: { key, path } }],
      });
  });
});
