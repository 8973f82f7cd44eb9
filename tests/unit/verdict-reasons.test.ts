import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCommand } from '../../src/cli/verify-command';
import {
  signStatement,
  statementJson,
  verdictReasons,
  verifyStatement,
  type StatementFile,
  type StatementVerification,
} from '../../src/domain/statement';
import { reasonMessage } from '../../src/i18n/verdict-reasons';
import { loadLanguage, type Language } from '../../src/i18n/translate';
import { testSigner } from '../support/domain/statement-fixture';
import { tinyStatement } from '../support/domain/tiny-book';

let file: StatementFile;
const dir = mkdtempSync(join(tmpdir(), 'lumbung-reasons-'));

beforeAll(async () => {
  await loadLanguage('en');
  file = await signStatement(tinyStatement(), await testSigner());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The signed tiny statement changed by `edit`, verified. */
async function verifiedAfter(edit: (f: StatementFile) => void): Promise<StatementVerification> {
  const copy = structuredClone(file);
  edit(copy);
  return verifyStatement(statementJson(copy));
}

const said = (result: StatementVerification, language: Language = 'id') =>
  verdictReasons(result).map((r) => `${r.ok ? '✓' : '✗'} ${reasonMessage(language, r)}`);

/** A file's path such as `profitAndLoss.netProfit` or `months.0.cashIn`, which an officer never reads. */
const JSON_PATH = /[a-z][A-Za-z]*\.[A-Za-z0-9]/;

describe('the reasons for a verdict', () => {
  it('say what passed for a genuine statement', async () => {
    expect(said(await verifyStatement(statementJson(file)))).toEqual([
      '✓ Tanda tangan sah: isi laporan tidak berubah sejak ditandatangani.',
      '✓ Semua angka cocok bila dihitung ulang dari catatan.',
    ]);
  });

  it('name a changed figure as the officer knows it, once, beside one signature failure', async () => {
    // The tiny book's net profit is 1.250.000 − 400.000 = 850.000.
    const result = await verifiedAfter((f) => (f.statement.profitAndLoss.netProfit = 950_000));
    expect(said(result)).toEqual([
      '✗ Tanda tangan tidak cocok: laporan diubah setelah ditandatangani.',
      '✗ Laba bersih tertulis Rp 950.000, hasil hitung Rp 850.000.',
    ]);
    expect(said(result, 'en')).toEqual([
      expect.stringContaining('✗ '),
      '✗ Net profit is stated as Rp 950.000; recomputed, it is Rp 850.000.',
    ]);
  });

  it('name the month and the category of a figure, and the opening an account’s balance implies', async () => {
    const result = await verifiedAfter((f) => {
      const s = f.statement;
      const month = s.months[0];
      const account = s.cashFlow.accounts[1];
      const category = s.profitAndLoss.byCategory[0];
      if (!month || !account || !category) throw new Error('the tiny statement changed');
      month.cashIn += 5;
      account.balance += 7;
      category.amount += 9;
      s.discipline.backdatedShare = 0.5;
    });
    const lines = said(result);
    expect(lines).toContain('✗ Uang masuk Februari 2026 tertulis Rp 1.250.005, hasil hitung Rp 1.250.000.');
    // An account's stated balance fixes its opening, which must add up to the stated opening.
    expect(lines).toContain('✗ Saldo awal tertulis Rp 0, hasil hitung Rp 7.');
    expect(lines).toContainEqual(expect.stringMatching(/^✗ Kategori Penjualan tertulis Rp 1\.250\.009/));
    expect(lines).toContainEqual(
      expect.stringMatching(/^✗ Dicatat mundur \(3\+ hari\) tertulis 50%, hasil hitung 0%/),
    );
    for (const line of [...lines, ...said(result, 'en')]) expect(line).not.toMatch(JSON_PATH);
  });

  it('word dates and identity fields plainly', async () => {
    const result = await verifiedAfter((f) => {
      f.statement.business.memberNumber = '17\u200b';
      f.statement.period.to = '2026-03-31';
    });
    const lines = said(result);
    expect(lines).toContainEqual(expect.stringMatching(/^✗ Nomor anggota “17\u200b” tidak ditulis seperti/));
    expect(lines).toContainEqual(
      expect.stringContaining('Laporan dibuat 2 Mar 2026, padahal periodenya baru berakhir 31 Mar 2026.'),
    );
    for (const line of lines) expect(line).not.toMatch(JSON_PATH);
  });

  it('name where an unreadable statement breaks the format, not its path', async () => {
    const long = await verifiedAfter((f) => (f.statement.business.memberNumber = '7'.repeat(201)));
    expect(long.verdict).toBe('unreadable');
    expect(said(long)).toEqual([
      '✗ Isi laporan tidak sesuai format: Identitas, Nomor anggota (terlalu besar atau terlalu panjang).',
    ]);
    const fraction = await verifiedAfter((f) => {
      const entry = f.statement.entries[1];
      if (entry) entry.amount = 1.5;
    });
    expect(said(fraction, 'en')).toEqual([
      expect.stringMatching(/^✗ The statement does not follow the format: Entries?, row 2, Amount \(/),
    ]);
  });
});

describe('lumbung verify', () => {
  it('prints the same reasons as the officer’s screen, in Indonesian unless told otherwise', async () => {
    const copy = structuredClone(file);
    copy.statement.profitAndLoss.netProfit = 950_000;
    const path = join(dir, 'laporan.json');
    writeFileSync(path, statementJson(copy));
    const result = await verifiedAfter((f) => (f.statement.profitAndLoss.netProfit = 950_000));
    for (const language of ['id', 'en'] as const) {
      const args = language === 'id' ? [path] : [path, '--lang', 'en'];
      const { output, exitCode } = await verifyCommand(args);
      expect(exitCode).toBe(1);
      const printed = output as { reasons: { message: string }[]; problems: { message: string }[] };
      expect(printed.reasons.map((r) => r.message)).toEqual(
        verdictReasons(result).map((r) => reasonMessage(language, r)),
      );
      for (const p of printed.problems) expect(p.message).not.toMatch(JSON_PATH);
    }
    expect((await verifyCommand([path, '--lang', 'fr'])).exitCode).toBe(2);
  });
});
