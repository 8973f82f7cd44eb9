import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, vi } from 'vitest';

/** The repository's root folder. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A run of the command line: its exit code and its standard output read as JSON. */
export type CliRun = { code: number | null; json: Record<string, unknown> };

/** The built command line of one test file: the folder it runs in and a way to run it. */
export type BuiltCli = { dir: string; lumbung: (...args: string[]) => CliRun };

/**
 * Builds the command line as `npm run lumbung` does, into a temporary folder of the calling test
 * file's own (before its tests, removed after them), and runs it there.
 */
export function useBuiltCli(prefix: string, buildTimeout = 60_000): BuiltCli {
  // Each test starts the command line as a process of its own, often twice: a second or two each,
  // several on a busy machine, more than the unit tests' default allows.
  vi.setConfig({ testTimeout: 30_000 });
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const cli = join(dir, 'build', 'main.js');
  beforeAll(() => {
    const vite = join(repoRoot, 'node_modules/vite/bin/vite.js');
    execFileSync(
      process.execPath,
      [vite, 'build', '-c', 'vite.cli.config.ts', '--outDir', join(dir, 'build')],
      {
        cwd: repoRoot,
        stdio: 'pipe',
      },
    );
  }, buildTimeout);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const lumbung = (...args: string[]): CliRun => {
    const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: dir });
    return { code: run.status, json: JSON.parse(run.stdout) as Record<string, unknown> };
  };
  return { dir, lumbung };
}

/**
 * The arguments of `lumbung statement` for the months of `from`..`to` (business dates) of a CSV
 * book, signed with the key in `dir`, written into a folder of `dir` named after `from`, names shown.
 */
export const statementArgs = (
  csv: string,
  period: { from: string; to: string },
  dir: string,
  business: string,
): string[] => [
  'statement',
  '--csv',
  csv,
  '--from',
  period.from.slice(0, 7),
  '--to',
  period.to.slice(0, 7),
  '--key',
  join(dir, 'key.json'),
  '--out',
  join(dir, period.from),
  '--business',
  business,
  '--time-zone',
  'Asia/Makassar',
  '--show-names',
];
