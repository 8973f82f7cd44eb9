import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCommand } from '../../src/cli/verify-command';
import { signStatement, statementJson } from '../../src/domain/statement';
import { tenunStatement } from '../support/domain/credit-statement-fixture';
import { receiptServer } from '../support/domain/receipt-server';
import { witnessedReceipts } from '../support/domain/receipts';
import { testSigner } from '../support/domain/statement-fixture';

const dir = mkdtempSync(join(tmpdir(), 'lumbung-receipts-'));
const statementPath = join(dir, 'laporan.json');
const keyPath = join(dir, 'server-key.json');
let fingerprint = '';

beforeAll(async () => {
  const { server, receipts } = await witnessedReceipts();
  fingerprint = server.fingerprint;
  const statement = tenunStatement({ from: '2026-01-01', to: '2026-02-28' }, { receipts });
  writeFileSync(statementPath, statementJson(await signStatement(statement, await testSigner())));
  // As the server answers GET /api/v1/server-key.
  writeFileSync(keyPath, JSON.stringify({ jwk: server.jwk, fingerprint: server.fingerprint }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface WitnessOutput {
  verdict: string;
  witness: { serverKeyMatches: boolean | null; upTo: { seq: number } | null; messages: string[] } | null;
  reasons: { code: string; message: string }[];
}

describe('lumbung verify --server-key', () => {
  it('checks the receipts against the server key file and says how far the server witnessed the book', async () => {
    const result = await verifyCommand([statementPath, '--server-key', keyPath]);
    const output = result.output as WitnessOutput;
    expect(result.exitCode).toBe(0);
    expect(output.verdict).toBe('genuine');
    expect(output.witness?.serverKeyMatches).toBe(true);
    expect(output.witness?.upTo?.seq).toBe(120);
    expect(output.witness?.messages[0]).toContain('sampai revisi ke-120 pada 5 Mar 2026');
    expect(output.witness?.messages[1]).toBe(`Kunci server ${fingerprint} adalah kunci server koperasi.`);
  });

  it('takes the fingerprint typed instead of a file, in lower case too', async () => {
    const result = await verifyCommand([statementPath, `--server-key=${fingerprint.toLowerCase()}`]);
    expect(result.exitCode).toBe(0);
    expect((result.output as WitnessOutput).witness?.serverKeyMatches).toBe(true);
  });

  it('says DIUBAH (exit 1) when the receipts are signed by a key that is not the cooperative’s', async () => {
    const other = await receiptServer();
    const result = await verifyCommand([statementPath, '--server-key', other.fingerprint]);
    const output = result.output as WitnessOutput;
    expect(result.exitCode).toBe(1);
    expect(output.verdict).toBe('altered');
    expect(output.reasons).toContainEqual({
      ok: false,
      code: 'receipt.serverKey',
      message: `Tanda terima di laporan ini ditandatangani kunci server ${fingerprint}, bukan kunci server koperasi ${other.fingerprint}.`,
    });
  });

  it('is a usage error (exit 2) when the server key is neither a key file nor a fingerprint', async () => {
    for (const value of ['', 'XYZ', join(dir, 'missing.json'), statementPath]) {
      const result = await verifyCommand([statementPath, '--server-key', value]);
      expect(result.exitCode, value).toBe(2);
      expect(JSON.stringify(result.output)).toContain('--server-key tidak sah');
    }
  });
});
