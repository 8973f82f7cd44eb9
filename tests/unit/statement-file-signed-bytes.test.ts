import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { signStatement, statementJson, verifyStatement } from '../../src/domain/statement';
import { signedBytesFromFile } from '../../src/domain/statement/file-signed-bytes';
import { canonicalBytes } from '../../src/domain/statement/sign';
import { busyShopStatement } from '../support/domain/busy-book';
import { testSigner } from '../support/domain/statement-fixture';

const encode = (text: string) => new TextEncoder().encode(text);
/** The `statement` member a file's text parses to. */
const memberOf = (text: string): unknown => (JSON.parse(text) as { statement: unknown }).statement;

/** A string cell written another valid way: its first character as a `\u` escape. */
const escapedFirst = (cell: string) =>
  `"\\u${cell.charCodeAt(0).toString(16).padStart(4, '0')}${JSON.stringify(cell.slice(1)).slice(1)}`;

/** One cell written in any valid JSON form that reads back as the same value. */
const cellText = (cell: unknown, form: number): string => {
  if (typeof cell === 'string' && cell !== '' && form === 1) return escapedFirst(cell);
  if (typeof cell === 'number' && form === 1) return cell === 0 ? '-0' : `${cell}.0`;
  if (typeof cell === 'number' && form === 2) return `${cell}e0`;
  if (typeof cell === 'number' && form === 3) return `${cell}E+0`;
  return form === 4 ? ` ${JSON.stringify(cell)} ` : JSON.stringify(cell);
};

/** The file's text with the rows at `lines` (indices among the row lines) written in other forms. */
function rewriteRows(text: string, rewrites: readonly { line: number; forms: number[] }[]): string {
  const lines = text.split('\n');
  const rowLines = lines.flatMap((line, i) => (line.startsWith('        [') ? [i] : []));
  for (const { line, forms } of rewrites) {
    const at = rowLines[line % rowLines.length] as number;
    const row = lines[at] as string;
    const comma = row.endsWith(',') ? ',' : '';
    const cells = JSON.parse(row.trim().replace(/,$/, '')) as unknown[];
    lines[at] = `        [${cells.map((cell, i) => cellText(cell, forms[i] ?? 0)).join(',')}]${comma}`;
  }
  return lines.join('\n');
}

let text: string;

beforeAll(async () => {
  text = statementJson(await signStatement(busyShopStatement(700), await testSigner()));
});

describe('the signed bytes of a statement file, taken from its own rows', () => {
  it('are the canonical bytes for a busy shop file as the app writes it', () => {
    const taken = signedBytesFromFile(encode(text), memberOf(text));
    expect(taken).not.toBeNull();
    expect(taken).toEqual(canonicalBytes(memberOf(text)));
  });

  it('are the canonical bytes, or not taken, however the rows are written; the verdict stays genuine', async () => {
    const rewrite = fc.record({
      line: fc.nat(),
      forms: fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 8 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(rewrite, { minLength: 1, maxLength: 4 }), async (rewrites) => {
        const rewritten = rewriteRows(text, rewrites);
        const taken = signedBytesFromFile(encode(rewritten), memberOf(rewritten));
        if (taken !== null) expect(taken).toEqual(canonicalBytes(memberOf(rewritten)));
        expect((await verifyStatement(encode(rewritten))).verdict).toBe('genuine');
      }),
      { numRuns: 40 },
    );
  });

  it('are the canonical bytes, or not taken, when the file writes its transfers before its entries', async () => {
    const file = JSON.parse(text) as { statement: Record<string, unknown> };
    const { transfers, ...rest } = file.statement;
    const reordered = JSON.stringify({ ...file, statement: { transfers, ...rest } }, null, 2);
    const taken = signedBytesFromFile(encode(reordered), memberOf(reordered));
    if (taken !== null) expect(taken).toEqual(canonicalBytes(memberOf(reordered)));
    expect((await verifyStatement(encode(reordered))).verdict).toBe('genuine');
  });

  it('still make a changed amount altered, in a file written the app’s way', async () => {
    const changed = text.replace(
      /(\n {8}\["[^"]+","[^"]+",)(\d+)/,
      (_, head: string, amount: string) => `${head}${Number(amount) + 1}`,
    );
    expect(changed).not.toBe(text);
    const verification = await verifyStatement(encode(changed));
    expect(verification.verdict).toBe('altered');
    expect(verification.problems.map((p) => p.code)).toContain('signature.invalid');
  });

  it('are not taken from a file whose rows hold an escape, so a lookalike text cannot stand in', () => {
    const escaped = rewriteRows(text, [{ line: 3, forms: [1] }]);
    expect(signedBytesFromFile(encode(escaped), memberOf(escaped))).toBeNull();
  });
});
