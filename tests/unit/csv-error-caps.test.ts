import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importCheck } from '../../src/cli/import-check';
import { MAX_ECHOED_CHARS, MAX_LISTED_CSV_ERRORS, echoCell, parseImportCsv } from '../../src/domain/csv';

const dir = mkdtempSync(join(tmpdir(), 'lumbung-caps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 100,000 rows with six problems each, the first holding a 30 MB date and category. */
function badFile(): string {
  const huge = 'x'.repeat(30 * 1024 * 1024);
  const rows = Array.from({ length: 100_000 }, (_, i) =>
    [
      i === 0 ? `2026-02-30${huge}` : '2026-02-30',
      'masuk',
      'abc',
      i === 0 ? huge : 'a'.repeat(61),
      'hpp',
      'b'.repeat(61),
      '',
      'n'.repeat(501),
    ].join(','),
  );
  return `tanggal,jenis,jumlah,kategori,kelompok,akun,akun_tujuan,catatan\n${rows.join('\n')}\n`;
}

describe('a file with a great many problems', () => {
  const text = badFile();

  it('lists only the first ones, counts them all, and repeats no cell whole', () => {
    const parsed = parseImportCsv(text);
    if (parsed.ok) expect.fail('accepted');
    expect(parsed.errors).toHaveLength(MAX_LISTED_CSV_ERRORS);
    expect(parsed.total).toBe(600_000);
    expect(parsed.errors[0]).toMatchObject({ row: 2, column: 'tanggal', code: 'csv.date.format' });
    const echoed = parsed.errors.flatMap((e) => Object.values(e.params ?? {}).map(String));
    expect(Math.max(...echoed.map((v) => v.length))).toBeLessThanOrEqual(MAX_ECHOED_CHARS + 1);
    expect(echoed[0]).toBe(`2026-02-30${'x'.repeat(MAX_ECHOED_CHARS - 10)}…`);
  }, 60_000);

  it('makes lumbung import-check print a short answer with the total stated (exit 1)', async () => {
    const path = join(dir, 'bad.csv');
    writeFileSync(path, text);
    const result = await importCheck([path]);
    expect(result.exitCode).toBe(1);
    const printed = JSON.stringify(result.output, null, 2);
    expect(printed.length).toBeLessThan(100_000);
    expect(result.output).toMatchObject({
      ok: false,
      errorCount: 600_000,
      note: 'Hanya 200 masalah pertama dari 600000 yang ditampilkan.',
    });
    expect((result.output as { errors: unknown[] }).errors).toHaveLength(200);
  }, 60_000);

  it('cuts a long cell at a character, never inside one', () => {
    expect(echoCell('pendek')).toBe('pendek');
    expect(echoCell('😀'.repeat(50))).toBe(`${'😀'.repeat(MAX_ECHOED_CHARS)}…`);
    expect(echoCell('a'.repeat(MAX_ECHOED_CHARS))).toBe('a'.repeat(MAX_ECHOED_CHARS));
  });
});
