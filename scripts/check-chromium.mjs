// Finds the system Chromium the end-to-end tests drive. Playwright's own browser download is
// never used: CI and developer machines use the distribution's package instead.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where Debian's package puts the browser. */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The message shown when no browser is found, with the way to fix it. */
export const CHROMIUM_MISSING_MESSAGE = [
  'Chromium not found. Install it with: sudo apt-get install -y chromium (Debian)',
  '  or: sudo apt-get install -y chromium-browser (Ubuntu), sudo dnf install chromium (Fedora)',
  '  or point CHROMIUM_PATH at an existing Chromium/Chrome binary, e.g. CHROMIUM_PATH=/opt/chrome/chrome',
  'The end-to-end tests never download a browser (no `npx playwright install`).',
].join('\n');

/** True when the path is an executable file. */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Looks a command name up on PATH, as the shell would. */
function onPath(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, command))) return join(dir, command);
  }
  return undefined;
}

/**
 * The Chromium to use: CHROMIUM_PATH if set (and then only it), else /usr/bin/chromium, else
 * `chromium` on PATH. Returns undefined when none is usable.
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : undefined;
  if (isExecutable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return onPath('chromium');
}

/** Runs as a script: print the browser and its version, or explain how to install one and fail. */
function main() {
  const path = findChromium();
  if (!path) {
    if (process.env.CHROMIUM_PATH) {
      console.error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file.`);
    }
    console.error(CHROMIUM_MISSING_MESSAGE);
    process.exit(1);
  }
  const version = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  const line = version.stdout?.split('\n').find((text) => /\d+\.\d+/.test(text));
  if (version.status !== 0 || !line) {
    console.error(`Chromium at ${path} does not run (\`${path} --version\` failed).`);
    if (version.stderr) console.error(version.stderr.trim());
    console.error(CHROMIUM_MISSING_MESSAGE);
    process.exit(1);
  }
  console.log(`Using ${line.trim()} at ${path}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
