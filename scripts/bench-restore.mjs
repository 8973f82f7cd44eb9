// The restore row of the sync issue: the seeded 100k book pushed to the cooperative's server (the
// built dist-server/ on a free port, its officer added with dist-cli/, over a temporary data folder), then restored from it on a
// fresh database in the bench page (pull, decrypt, verify, rebuild, write) beside a restore of the
// same book from its backup file, in the same run. Median of RUNS pairs.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Pairs of restores timed; the median of each side is kept. */
const RUNS = Number(process.env.BENCH_RESTORE_RUNS ?? 3);
const OFFICER = ['officer', 'add', '--username', 'bench', '--branch', 'Bench', '--role', 'officer'];

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The built server on a free port; resolves once it answers. */
async function startCooperative(dataDir) {
  execFileSync(process.execPath, ['dist-cli/main.js', 'server', ...OFFICER], {
    input: 'bench-password\n',
    env: { ...process.env, LUMBUNG_DATA: dataDir },
  });
  const port = await freePort();
  const env = {
    ...process.env,
    LUMBUNG_DATA: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  };
  const child = spawn(process.execPath, ['dist-server/main.js'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 900; attempt++) {
    if (
      await fetch(`${url}/api/v1/server-key`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, child };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error('the server did not start');
}

/** One-time enrolment codes for the bench member, issued by the signed-in officer. */
async function enrolmentCodes(url, count) {
  const login = await fetch(`${url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'bench', password: 'bench-password' }),
  });
  if (login.status !== 200) throw new Error(`the bench officer could not sign in: ${login.status}`);
  const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  const { csrfToken } = await login.json();
  const codes = [];
  for (let i = 0; i < count; i++) {
    const issued = await fetch(`${url}/api/v1/enrolments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ memberNumber: 'BENCH-1', memberName: 'Bench' }),
    });
    if (issued.status !== 201) throw new Error(`no enrolment code: ${issued.status}`);
    codes.push((await issued.json()).code);
  }
  return codes;
}

/** Syncs the 100k book, then times RUNS restores from the server against RUNS from the backup file. */
export async function measureServerRestore({ api, record, log }, { bookId }) {
  const dataDir = await mkdtemp(join(tmpdir(), 'lumbung-bench-server-'));
  const { url, child } = await startCooperative(dataDir);
  try {
    const [first, ...more] = await enrolmentCodes(url, RUNS + 1);
    log('pushing the 100k book to the server…');
    const synced = await api('syncWholeBook', bookId, url, first);
    log(`  pushed in ${(synced.pushMs / 1000).toFixed(1)} s`);
    const server = [];
    const file = [];
    for (const code of more) {
      const run = await api('timeRestores', bookId, url, synced.recoveryCode, code);
      log(
        `  restore: server ${run.serverMs.toFixed(0)} ms, backup file ${run.fileMs.toFixed(0)} ms (${run.entries} entries)`,
      );
      server.push(run.serverMs);
      file.push(run.fileMs);
    }
    const value = median(server);
    const reference = median(file);
    record(
      'restore of a 100k-entry book from the server (pull, decrypt, verify, rebuild)',
      'ms',
      { value, reference },
      '≤ 2 × backup-file restore',
      value <= 2 * reference,
      'reference: the same book restored from its backup file, in the same run',
    );
  } finally {
    child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  }
}
