import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addMonths, firstDayOf, lastDayOf, monthOf, todayIn } from '../src/domain/dates';
import type { Entry, Revision } from '../src/domain/model';
import { hashRevision } from '../src/domain/revisions';
import { buildStatement, signStatement, statementJson, type StatementSigner } from '../src/domain/statement';
import { witnessEvidenceText, withWitnessEvidence } from '../src/domain/sync/witness-evidence';
import { profilePhase } from './bench-profile';
import type { BenchDevice } from './bench-push';
import type { ServerContext } from './context';
import { addOfficer } from './officers';

const TIME_ZONE = 'Asia/Makassar';
const PUSH_SIZE = 500;
/** Timed runs of each side; the median is kept. */
const RUNS = Number(process.env.BENCH_INTAKE_RUNS ?? 3);
const OFFICER = { username: 'bench-officer', password: 'bench-officer-password', branch: 'Bench' } as const;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** The median milliseconds of `RUNS` runs of `run`, after checking each one's answer. */
async function timed(run: () => Promise<unknown>, check: (answer: unknown) => void): Promise<number> {
  const readings: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    const answer = await run();
    readings.push(performance.now() - start);
    check(answer);
  }
  return median(readings);
}

/** `count` sales spread over the twelve months before this one, and the revisions that created them. */
function twelveMonths(count: number, bookId: string) {
  const last = addMonths(monthOf(todayIn(TIME_ZONE)), -1);
  const first = addMonths(last, -11);
  const from = firstDayOf(first);
  const days = Math.round((Date.parse(lastDayOf(last)) - Date.parse(from)) / 86_400_000) + 1;
  const entries: Entry[] = [];
  const revisions: Revision[] = [];
  for (let i = 0; i < count; i += 1) {
    const date = new Date(Date.parse(from) + Math.floor((i * days) / count) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const at = `${date}T10:00:00.000Z`;
    const entry: Entry = {
      ...{ id: `e${i}`, bookId, date, direction: 'in', amount: 1_000 + (i % 97) * 100 },
      ...{ categoryId: 'c1', accountId: 'a1', note: '', counterparty: '', recordedAt: at, updatedAt: at },
      ...{ source: 'app', voided: false },
    };
    entries.push(entry);
    const { date: day, direction, amount, categoryId, accountId, note, counterparty, voided } = entry;
    const fields = { date: day, direction, amount, categoryId, accountId, note, counterparty, voided };
    const unsigned = {
      ...{ bookId, seq: i + 1, subjectId: entry.id, action: 'create' as const, at },
      snapshot: { subject: 'entry' as const, ...fields },
      prevHash: revisions.at(-1)?.hash ?? '',
    };
    revisions.push({ ...unsigned, hash: hashRevision(unsigned) });
  }
  return { entries, revisions, period: { from, to: lastDayOf(last) } };
}

/** A signed-in officer of the bench's branch: posts a statement file as the back office's upload does. */
async function benchOfficer(ctx: ServerContext, url: string) {
  await addOfficer(ctx.db, { ...OFFICER, role: 'officer' });
  const signIn = await fetch(`${url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: OFFICER.username, password: OFFICER.password }),
  });
  const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  return async (file: string): Promise<unknown> => {
    const answer = await fetch(`${url}/api/v1/statements/uploads`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: file,
    });
    if (answer.status !== 201)
      throw new Error(`upload: ${answer.status} ${(await answer.text()).slice(0, 400)}`);
    return answer.json();
  };
}

/** The officer's in-browser check of `file` (scripts/bench-intake-browser.mjs), median ms. */
function browserVerifyMs(file: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'lumbung-intake-'));
  try {
    const path = join(dir, 'laporan.json');
    writeFileSync(path, file);
    const run = spawnSync('node', ['scripts/bench-intake-browser.mjs', path, String(RUNS)], {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    const last = run.stdout.trim().split('\n').at(-1) ?? '';
    if (run.status !== 0) throw new Error(`the browser check failed:\n${run.stdout}\n${run.stderr}`);
    const checked = JSON.parse(last) as { ms: number; verdict: string };
    if (checked.verdict !== 'genuine') throw new Error(`the browser found the statement ${checked.verdict}`);
    return checked.ms;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the server answers of a statement it filed. */
type Filed = { verdict?: string; witnessed?: { never?: number } };

/**
 * Intake of a 12-month statement of `count` entries (verify, witness report, store) through the
 * server's HTTP API at `url`, as the app's *Kirim ke koperasi* sends it (the file with its witness
 * evidence, the phone's DPoP proof) and as an officer uploads the file received by WhatsApp (the
 * session and its CSRF token), each against the officer's check of the same file in Chromium.
 */
export async function benchIntake(
  ctx: ServerContext,
  url: string,
  phone: BenchDevice,
  memberNumber: string,
  signer: StatementSigner,
  count: number,
) {
  const bookId = randomUUID();
  const { entries, revisions, period } = twelveMonths(count, bookId);
  await ctx.db.query('INSERT INTO books (book_id, member_number) VALUES ($1, $2)', [bookId, memberNumber]);
  for (let i = 0; i < revisions.length; i += PUSH_SIZE) {
    const rows = revisions.slice(i, i + PUSH_SIZE);
    await ctx.db.query(
      `INSERT INTO revisions (book_id, seq, prev_hash, hash, ciphertext)
       SELECT $1, s, NULLIF(p, ''), h, '\\x00'::bytea FROM unnest($2::int[], $3::text[], $4::text[]) AS t(s, p, h)`,
      [bookId, rows.map((r) => r.seq), rows.map((r) => r.prevHash), rows.map((r) => r.hash)],
    );
  }
  const built = buildStatement({
    book: {
      ...{ name: 'Kios Bench', owner: 'Bench', memberNumber, cooperative: 'Kopdit' },
      ...{ branch: 'Bench', businessType: 'Kios', timeZone: TIME_ZONE },
    },
    period,
    entries,
    transfers: [],
    categories: [{ id: 'c1', name: 'Penjualan', kind: 'pendapatan' }],
    accounts: [{ id: 'a1', name: 'Kas' }],
    now: new Date(),
    appVersion: 'bench',
  });
  if (!built.ok) throw new Error(JSON.stringify(built.errors).slice(0, 400));
  const file = statementJson(await signStatement(built.value, signer));
  // As the app appends its evidence: the envelope's bytes unchanged, `witness` after them.
  const sent = withWitnessEvidence(file, witnessEvidenceText(bookId, revisions));
  const browserMs = browserVerifyMs(file);
  const stopProfile = await profilePhase('intake-server');
  const deviceMs = await timed(
    () => phone.send('POST', '/api/v1/statements', sent),
    (answer) => {
      const filed = answer as Filed;
      if (filed.verdict !== 'genuine' || filed.witnessed?.never !== 0)
        throw new Error('bench intake misjudged');
    },
  );
  await stopProfile();
  const upload = await benchOfficer(ctx, url);
  const officerMs = await timed(
    () => upload(file),
    (answer) => {
      if ((answer as Filed).verdict !== 'genuine') throw new Error('bench upload misjudged');
    },
  );
  return {
    entries: count,
    fileMiB: Number((Buffer.byteLength(file) / 2 ** 20).toFixed(1)),
    sentMiB: Number((Buffer.byteLength(sent) / 2 ** 20).toFixed(1)),
    runs: RUNS,
    browserVerifyMs: Math.round(browserMs),
    deviceIntakeMs: Math.round(deviceMs),
    deviceIntakeOverBrowserVerify: Number((deviceMs / browserMs).toFixed(2)),
    officerUploadMs: Math.round(officerMs),
    officerUploadOverBrowserVerify: Number((officerMs / browserMs).toFixed(2)),
  };
}
