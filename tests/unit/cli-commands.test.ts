import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, useBuiltCli } from '../support/cli';
import { csvWithNote, EMOJI_NOTE_CASES, emojiNote } from '../support/domain/emoji-notes';
import { repaintFigure, withSecondStatement } from '../support/domain/forge-pdf';
import { CSV_ERROR_CODES } from '../../src/domain/csv/codes';
import { makeI18n } from '../../src/i18n/I18nProvider';
import { readStatementMember } from '../../src/domain/statement/member';
import { loadMessages } from '../../src/i18n/translate';

const fixture = join(repoRoot, 'tests/fixtures/warung-maria-2026h1.csv');
const { dir, lumbung } = useBuiltCli('lumbung-cli-');

describe('lumbung import-check', () => {
  it('accepts the fixture file with its counts (exit 0)', () => {
    const { code, json } = lumbung('import-check', fixture);
    expect(code).toBe(0);
    expect(json).toMatchObject({ ok: true, rows: 2340, entries: 2333, transfers: 7 });
  });

  it('lists every problem by row and column with an Indonesian message (exit 1)', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      'tanggal;jenis;jumlah;kategori\n2026-02-30;masuk;1.000;Penjualan\n2026-03-01;keluar;12,50;Listrik\n',
    );
    const { code, json } = lumbung('import-check', bad);
    expect(code).toBe(1);
    expect(json).toEqual({
      ok: false,
      errorCount: 2,
      errors: [
        {
          row: 2,
          column: 'tanggal',
          code: 'csv.date.invalid',
          message: 'Tanggal “2026-02-30” tidak ada di kalender.',
          params: { value: '2026-02-30' },
        },
        {
          row: 3,
          column: 'jumlah',
          code: 'csv.amount.fraction',
          message: 'Jumlah “12,50” memakai sen. Tulis rupiah utuh.',
          params: { value: '12,50' },
        },
      ],
    });
  });
});

describe('lumbung import-check on long notes', () => {
  it.each(EMOJI_NOTE_CASES)(
    'counts a note of $count emoji in characters, as the app does',
    ({ count, accepted }) => {
      const path = join(dir, `emoji-${count}.csv`);
      writeFileSync(path, csvWithNote(emojiNote(count)));
      const { code, json } = lumbung('import-check', path);
      expect(code).toBe(accepted ? 0 : 1);
      if (!accepted)
        expect(json.errors).toMatchObject([
          { row: 2, column: 'catatan', code: 'csv.note.tooLong', params: { max: 500 } },
        ]);
    },
  );
});

describe('the command line and the app', () => {
  const { problem } = makeI18n('id');
  // The app has the import words once its data screen has loaded them.
  beforeAll(() => loadMessages('data'));
  /** Each printed problem beside the sentence the app shows for its code and values. */
  const worded = (errors: unknown) =>
    (errors as { code: string; params?: Record<string, string>; message: string }[]).map((e) => ({
      cli: e.message,
      app: problem(e),
    }));

  it('say the same thing for the same CSV problem', () => {
    const bad = join(dir, 'every-problem.csv');
    writeFileSync(
      bad,
      'tanggal;jenis;jumlah;kategori;kelompok;akun;akun_tujuan\n' +
        '2026-02-30;masuk;1.000;Penjualan;;;\n' +
        'kemarin;beli;-5;;aneh;;\n' +
        '2026-03-01;keluar;12,50;Listrik;pendapatan;;\n' +
        '2026-03-02;pindah;1.000;;;Kas;Kas\n',
    );
    const { json } = lumbung('import-check', bad);
    const pairs = worded(json.errors);
    expect(new Set((json.errors as { code: string }[]).map((e) => e.code)).size).toBeGreaterThan(4);
    for (const { cli, app } of pairs) expect(cli).toBe(app);
    expect(CSV_ERROR_CODES).toContain('csv.date.invalid');
  });

  it('say the same thing for the same statement problem', () => {
    writeFileSync(join(dir, 'not-a-statement.json'), '{"format":"lain/1"}');
    const unreadable = lumbung('verify', join(dir, 'not-a-statement.json'));
    const unread = lumbung('verify', join(dir, 'missing.pdf'));
    const pairs = [...worded(unreadable.json.problems), ...worded(unread.json.errors)];
    expect(pairs.length).toBe(2);
    for (const { cli, app } of pairs) expect(cli).toBe(app);
  });
});

describe('lumbung statement and verify', () => {
  const out = join(dir, 'out');
  const key = join(dir, 'KEY.json');
  let made: Record<string, unknown>;

  beforeAll(() => {
    const args = ['--csv', fixture, '--from', '2026-01', '--to', '2026-06', '--key', key, '--out', out];
    const details = [
      '--business',
      'Warung Maria',
      '--owner',
      'Maria',
      '--member',
      'A-12',
      '--time-zone',
      'Asia/Makassar',
    ];
    const { code, json } = lumbung('statement', ...args, ...details, '--no-notes');
    expect(code).toBe(0);
    made = json;
  }, 30_000);

  it('writes PDF, JSON and XLSX and prints their paths and the key fingerprint', () => {
    expect(made).toMatchObject({ ok: true, keyCreated: true, entries: 2333, transfers: 7 });
    for (const kind of ['pdf', 'json', 'xlsx']) expect(existsSync(String(made[kind]))).toBe(true);
    const keyFile = JSON.parse(readFileSync(key, 'utf8')) as { fingerprint: string };
    expect(made.fingerprint).toBe(keyFile.fingerprint);
    const file = JSON.parse(readFileSync(String(made.json), 'utf8')) as { statement: unknown };
    // Thousands of rows: written in the compact form, read back as the verifier reads it.
    const read = readStatementMember(file.statement, 5);
    if (Array.isArray(read)) throw new Error(JSON.stringify(read));
    expect(read.signed).toHaveProperty('codes');
    expect(read.statement.profitAndLoss.netProfit).toBe(9_487_000);
    expect(read.statement.entries.every((e) => e.imported && e.note === undefined)).toBe(true);
  });

  it('finds the PDF genuine with the right fingerprint (exit 0)', () => {
    const { code, json } = lumbung('verify', String(made.pdf), '--fingerprint', String(made.fingerprint));
    expect(code).toBe(0);
    expect(json).toMatchObject({
      verdict: 'genuine',
      signatureValid: true,
      figuresConsistent: true,
      fingerprint: made.fingerprint,
      fingerprintMatches: true,
      problems: [],
      statement: {
        period: { from: '2026-01-01', to: '2026-06-30' },
        counts: { entries: 2333, transfers: 7 },
      },
    });
  });

  it('finds a PDF whose net profit was repainted, or that lists a second statement.json, altered (exit 1)', async () => {
    const genuine = new Uint8Array(readFileSync(String(made.pdf)));
    const quarter = JSON.parse(readFileSync(String(made.json), 'utf8')) as object;
    const forgeries = {
      'repainted.pdf': await repaintFigure(genuine, 'Rp 9.487.000', 'Rp 94.870.000'),
      'second.pdf': await withSecondStatement(genuine, JSON.stringify(quarter)),
    };
    for (const [name, pdf] of Object.entries(forgeries)) {
      const path = join(dir, name);
      writeFileSync(path, pdf);
      const { code, json } = lumbung('verify', path, '--fingerprint', String(made.fingerprint));
      expect(code).toBe(1);
      expect(json).toMatchObject({ verdict: 'altered', signatureValid: true, fingerprintMatches: true });
      const [problem] = json.problems as { code: string; message: string }[];
      expect(problem?.code).toBe(name === 'repainted.pdf' ? 'pdf.appended' : 'pdf.changed');
      expect(problem?.message).toBe(makeI18n('id').problem(problem ?? { code: '' }));
    }
  });

  it('finds the JSON altered against another fingerprint (exit 1)', () => {
    const { code, json } = lumbung('verify', String(made.json), '--fingerprint', 'AAAA-BBBB-CCCC-DDDD');
    expect(code).toBe(1);
    expect(json).toMatchObject({ verdict: 'altered', signatureValid: true, fingerprintMatches: false });
    const [mismatch] = json.problems as { code: string; params: Record<string, string>; message: string }[];
    expect(mismatch?.message).toBe(makeI18n('id').problem(mismatch ?? { code: '' }));
  });

  it('finds garbage unreadable (exit 2)', () => {
    const garbage = join(dir, 'garbage.pdf');
    writeFileSync(garbage, '%PDF-1.7 not really');
    expect(lumbung('verify', garbage)).toMatchObject({ code: 2, json: { verdict: 'unreadable' } });
  });

  it('signs again with the same key file', () => {
    const { code, json } = lumbung(
      'statement',
      '--csv',
      fixture,
      '--from',
      '2026-03',
      '--to',
      '2026-03',
      '--key',
      key,
      '--out',
      out,
    );
    expect(code).toBe(0);
    expect(json).toMatchObject({ keyCreated: false, fingerprint: made.fingerprint });
  });

  it('takes the household costs and other instalments the member states, marked as stated', () => {
    const { code, json } = lumbung(
      'statement',
      '--csv',
      fixture,
      '--key',
      key,
      '--out',
      join(dir, 'stated'),
      '--from',
      '2026-01',
      '--to',
      '2026-06',
      '--household-costs',
      '1.500.000',
      '--instalments',
      '0',
      '--ratio',
      '0.5',
    );
    expect(code).toBe(0);
    const file = JSON.parse(readFileSync(String(json.json), 'utf8')) as {
      statement: { repaymentCapacity: Record<string, number | string> };
    };
    const capacity = file.statement.repaymentCapacity;
    expect(capacity).toMatchObject({
      householdCosts: 1_500_000,
      householdCostsSource: 'member',
      existingInstalments: 0,
      existingInstalmentsSource: 'member',
      ratio: 0.5,
    });
    const m = Number(capacity.averageNetProfit);
    expect(capacity.rpc).toBe(Math.floor(Math.max(0, (m - 1_500_000 - 0) * 0.5)));
    expect(lumbung('verify', String(json.pdf)).json).toMatchObject({ verdict: 'genuine' });
  });

  it('refuses a malformed command line (exit 2)', () => {
    const refused = lumbung(
      'statement',
      '--csv',
      fixture,
      '--household-costs',
      'banyak',
      '--key',
      key,
      '--out',
      out,
    );
    expect(refused).toMatchObject({ code: 2, json: { ok: false } });
    expect(JSON.stringify(refused.json)).toContain('--household-costs');
    expect(lumbung('statement', '--csv', fixture, '--from', '2026-13', '--key', key, '--out', out).code).toBe(
      2,
    );
    expect(lumbung('nonsense').code).toBe(2);
  });
});
