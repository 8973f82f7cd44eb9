import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { usageError, type CommandResult } from './output';

/** What the server's own command line (dist-server/cli.js, built from server/cli) offers. */
interface ServerCli {
  serverCommand(args: string[]): Promise<CommandResult>;
}

// The server is built beside this bundle (dist-cli/main.js → dist-server/cli.js) and loaded at run
// time: its database and password packages are never bundled into the command line, and cli/
// never imports server code.
const SERVER_CLI = new URL('../dist-server/cli.js', import.meta.url);

/** `server officer add …` and `server enrol …`: handed to the server's command line. */
export async function serverCommand(args: string[]): Promise<CommandResult> {
  if (!existsSync(fileURLToPath(SERVER_CLI))) return usageError({ refused: 'cli.server.missing' });
  const cli = (await import(/* @vite-ignore */ SERVER_CLI.href)) as ServerCli;
  return cli.serverCommand(args);
}
