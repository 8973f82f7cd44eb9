import { beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_STATEMENT_BYTES,
  MAX_STATEMENT_FILE_BYTES,
  STATEMENT_ROW_MAX_BYTES,
  megabytes,
} from '../../src/domain/limits';
import {
  COMPACT_FROM_ROWS,
  signStatement,
  statementJson,
  verdictReasons,
  verifyStatement,
  type StatementFile,
} from '../../src/domain/statement';
import { reasonMessage } from '../../src/i18n/verdict-reasons';
import { busyShopStatement } from '../support/domain/busy-book';
import { testSigner } from '../support/domain/statement-fixture';

/** Entries a year of the busiest shops the app is made for. */
const BUSY_YEAR = 100_000;
/** The officer's limit before it followed from the format. */
const OLD_LIMIT = 20 * 1024 * 1024;
const utf8Length = (text: string) => new TextEncoder().encode(text).length;

const statement = busyShopStatement(2_000);
let file: StatementFile;
let json: string;

beforeAll(async () => {
  file = await signStatement(statement, await testSigner());
  json = statementJson(file);
});

/** The officer's sentences for a verification, in Indonesian. */
const sentences = (v: Awaited<ReturnType<typeof verifyStatement>>) =>
  verdictReasons(v).map((r) => reasonMessage('id', r));

describe('the statement of a busy shop', () => {
  it('is written compact, one row a line, and verifies genuine with every row and figure as built', async () => {
    expect(statement.entries.length + statement.transfers.length).toBeGreaterThan(COMPACT_FROM_ROWS);
    const written = JSON.parse(json) as { statement: { codes: unknown; entries: { rows: unknown[] } } };
    expect(written.statement.codes).toBeDefined();
    expect(written.statement.entries.rows).toHaveLength(statement.entries.length);
    const v = await verifyStatement(json);
    expect(v.verdict).toBe('genuine');
    expect(v.statement).toEqual(statement);
  });

  it('takes a line a row, so a year of a busy shop fits where the full form does not', () => {
    const full = utf8Length(`${JSON.stringify(file, null, 2)}\n`);
    const rows = statement.entries.length + statement.transfers.length;
    const compactLine = utf8Length(json) / rows;
    // Projected to a year of 100,000 entries: the full form passes the old 20 MB, the compact one not.
    expect((full / rows) * BUSY_YEAR).toBeGreaterThan(OLD_LIMIT);
    expect(compactLine * BUSY_YEAR).toBeLessThan(OLD_LIMIT);
    for (const line of json.split('\n').filter((l) => l.startsWith('        ['))) {
      const note = (JSON.parse(line.replace(/,$/, '')) as string[])[7] ?? '';
      expect(utf8Length(line) + 1).toBeLessThanOrEqual(
        STATEMENT_ROW_MAX_BYTES + utf8Length(JSON.stringify(note)),
      );
    }
    expect(BUSY_YEAR * compactLine).toBeLessThan(MAX_STATEMENT_BYTES);
  });

  it('is DIUBAH, in plain words, when a row is changed after signing', async () => {
    const line = json.split('\n').find((l) => l.includes('"0b8f6c1e-9f5a-4c1e-8c7d-000000000005"')) ?? '';
    const changed = line.replace(/,(\d+),/, (_, amount: string) => `,${Number(amount) * 10},`);
    expect(changed).not.toBe(line);
    const v = await verifyStatement(json.replace(line, changed));
    expect(v.verdict).toBe('altered');
    const said = sentences(v);
    expect(said).toContain('Tanda tangan tidak cocok: laporan diubah setelah ditandatangani.');
    expect(said.some((s) => /^Pendapatan usaha tertulis Rp 48\.600\.000, hasil hitung Rp/.test(s))).toBe(
      true,
    );
  });

  it('is TIDAK BISA DIPERIKSA when a row names a category the statement does not list', async () => {
    const line = json.split('\n').find((l) => l.includes('"0b8f6c1e-9f5a-4c1e-8c7d-000000000007"')) ?? '';
    const v = await verifyStatement(
      json.replace(line, line.replace(/^(\s*\["[^"]+","[^"]+",\d+,)\d+/, '$1999')),
    );
    expect(v.verdict).toBe('unreadable');
    const row = statement.entries.findIndex((e) => e.id.endsWith('000000000007'));
    expect(v.problems[0]?.params).toMatchObject({ path: `statement.entries.rows.${row}.3` });
  });

  it('refuses a file larger than the format allows before reading it, saying how large it may be', async () => {
    const v = await verifyStatement(new Uint8Array(MAX_STATEMENT_FILE_BYTES + 1));
    expect(v.verdict).toBe('unreadable');
    expect(sentences(v)).toContain(
      `Berkas terlalu besar (${megabytes(MAX_STATEMENT_FILE_BYTES + 1)}); paling besar ${megabytes(MAX_STATEMENT_FILE_BYTES)}. Berkas tidak dibaca.`,
    );
  });
});
