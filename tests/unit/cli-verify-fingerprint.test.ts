import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCommand } from '../../src/cli/verify-command';
import { signStatement, statementJson, type StatementFile } from '../../src/domain/statement';
import { testSigner } from '../support/domain/statement-fixture';
import { tinyStatement } from '../support/domain/tiny-book';

const dir = mkdtempSync(join(tmpdir(), 'lumbung-fp-'));
const path = join(dir, 'laporan.json');
let file: StatementFile;

beforeAll(async () => {
  file = await signStatement(tinyStatement(), await testSigner());
  writeFileSync(path, statementJson(file));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lumbung verify --fingerprint', () => {
  it('is a usage error (exit 2) when the code is empty or malformed, never a verdict on the file', async () => {
    const malformed = [
      '',
      ' ',
      '-',
      'XYZ',
      'AAAA-BBBB-CCCC',
      'AAAA-BBBB-CCCC-DDDD-EEEE',
      '1111-0000-8888-9999',
    ];
    for (const fingerprint of malformed) {
      for (const args of [
        [path, '--fingerprint', fingerprint],
        [path, `--fingerprint=${fingerprint}`],
      ]) {
        const result = await verifyCommand(args);
        expect(result.exitCode, fingerprint).toBe(2);
        expect(result.output).toEqual({
          ok: false,
          errors: [{ code: 'cli.usage', message: expect.stringContaining('--fingerprint tidak sah') }],
        });
      }
    }
    expect((await verifyCommand([path, '--fingerprint'])).exitCode).toBe(2);
  });

  it('still finds the file genuine for its own code, in any case or grouping, and altered for another', async () => {
    const own = file.signature.fingerprint;
    for (const fingerprint of [own, own.toLowerCase().replace(/-/g, ' '), own.replace(/-/g, '')])
      expect((await verifyCommand([path, '--fingerprint', fingerprint])).exitCode).toBe(0);
    const other = await verifyCommand([path, '--fingerprint', 'AAAA-BBBB-CCCC-DDDD']);
    expect(other.exitCode).toBe(1);
    expect(other.output).toMatchObject({ verdict: 'altered', fingerprintMatches: false });
  });
});
