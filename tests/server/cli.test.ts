import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readConfig } from '../../server/config';
import { openDatabase } from '../../server/db/open';
import { freshPostgresDatabase, TEST_POSTGRES_URL } from '../support/server/database';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'lumbung-cli-'));
let env: Record<string, string> = { LUMBUNG_DATA: dataDir };
let dropDatabase = async () => {};
// Each command opens the database itself, as a person's would: the embedded one takes seconds.
const SLOW = 300_000;

beforeAll(async () => {
  if (TEST_POSTGRES_URL !== undefined) {
    const postgres = await freshPostgresDatabase();
    env = { ...env, DATABASE_URL: postgres.url };
    dropDatabase = postgres.drop;
  }
});
afterAll(async () => {
  await dropDatabase();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Runs `lumbung server …` as a person would, with `input` on standard input. */
function lumbung(args: string[], input = '') {
  const run = spawnSync(process.execPath, ['dist-cli/main.js', 'server', ...args], {
    cwd: root,
    input,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { status: run.status, output: JSON.parse(run.stdout) as Record<string, unknown> };
}

it(
  'adds an officer with the password from standard input, and refuses a second one of that name',
  async () => {
    const args = ['officer', 'add', '--username', 'rina', '--branch', 'Maumere', '--role', 'admin'];
    const added = lumbung(args, 'kata-sandi-rina\n');
    expect(added).toEqual({
      status: 0,
      output: { ok: true, username: 'rina', branch: 'Maumere', role: 'admin' },
    });
    expect(lumbung(args, 'kata-sandi-lain\n').status).toBe(1);
    expect(
      lumbung(['officer', 'add', '--username', 'X', '--branch', 'B', '--role', 'admin'], 'pw-panjang\n')
        .status,
    ).toBe(2);
    expect(
      lumbung(['officer', 'add', '--username', 'sari', '--branch', 'B', '--role', 'boss'], 'pw-panjang\n')
        .status,
    ).toBe(2);
    const db = await openDatabase(readConfig(env));
    try {
      const [row] = await db.query<{ password_hash: string }>(
        "SELECT password_hash FROM officers WHERE username = 'rina'",
      );
      expect(row?.password_hash).toMatch(/^\$argon2id\$/);
    } finally {
      await db.close();
    }
  },
  SLOW,
);

it(
  'prints a one-time enrolment code for a member',
  () => {
    expect(lumbung(['enrol', '--member', 'CLI-1', '--name', 'Yosef']).status).toBe(2); // new member, no branch
    const issued = lumbung(['enrol', '--member', 'CLI-1', '--name', 'Yosef', '--branch', 'Maumere']);
    expect(issued.status).toBe(0);
    expect(issued.output).toMatchObject({ ok: true, memberNumber: 'CLI-1' });
    expect(issued.output.code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(lumbung(['enrol', '--member', 'CLI-1', '--name', 'Yosef']).status).toBe(0); // known member: its branch
  },
  SLOW,
);
