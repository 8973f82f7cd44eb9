import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { killHard, startServerProcess } from '../server/process';

/** An officer the command line adds before the server starts. */
export interface FirstOfficer {
  username: string;
  password: string;
  branch: string;
  role: 'officer' | 'admin';
}

/** The built server running on a free port over a fresh data folder, until `stop`. */
export interface RunningServer {
  /** Its base address, `http://127.0.0.1:PORT`. */
  readonly url: string;
  /** Kills it and removes its data folder. */
  stop(): Promise<void>;
  /** Sets the server's clock (epoch ms), when it was started with `movableClock`. */
  setTime(at: number): Promise<void>;
}

const CLOCK_PRELOAD = fileURLToPath(new URL('./server-clock.mjs', import.meta.url));

/**
 * Starts the built server (dist-server/, dist-cli/, dist-office/, made by `npm run test:e2e`)
 * with `officer` added through the command line first, as a cooperative sets one up.
 */
export async function startOfficeServer(
  officer: FirstOfficer,
  { movableClock = false } = {},
): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lumbung-e2e-server-'));
  const env = { ...process.env, LUMBUNG_DATA: dataDir };
  const clockFile = join(dataDir, 'clock');
  const { username, branch, role, password } = officer;
  const args = ['server', 'officer', 'add', '--username', username, '--branch', branch, '--role', role];
  try {
    execFileSync(process.execPath, ['dist-cli/main.js', ...args], { input: `${password}\n`, env });
    const { url, child } = await startServerProcess(
      { LUMBUNG_DATA: dataDir, LUMBUNG_TEST_CLOCK: clockFile },
      movableClock ? ['--import', CLOCK_PRELOAD] : [],
    );
    return {
      url,
      async setTime(at) {
        if (!movableClock) throw new Error('the server was started with its own clock');
        writeFileSync(clockFile, String(at));
        child.kill('SIGUSR2');
        // The signal is handled on the server's next turn of its event loop.
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      },
      async stop() {
        await killHard(child);
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
