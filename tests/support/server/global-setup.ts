import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Builds dist-server/, dist-cli/ and dist-office/ once, before any server test file runs, for those that start them as processes. */
export function setup(): void {
  for (const config of ['vite.server.config.ts', 'vite.cli.config.ts', 'vite.office.config.ts'])
    execFileSync('npx', ['vite', 'build', '-c', config, '--logLevel', 'error'], { cwd: root });
}
