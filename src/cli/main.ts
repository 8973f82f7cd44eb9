import { loadMessages } from '../i18n/translate';
import { importCheck } from './import-check';
import { emit, usageError, type CommandResult } from './output';
import { schemaCommand } from './schema-command';
import { serverCommand } from './server-command';
import { statementCommand } from './statement-command';
import { verifyCommand } from './verify-command';

const COMMANDS: Readonly<Record<string, (args: string[]) => Promise<CommandResult>>> = {
  'import-check': importCheck,
  statement: statementCommand,
  verify: verifyCommand,
  schema: schemaCommand,
  server: serverCommand,
};

/** Runs one command of the Lumbung command line and prints its JSON. */
export async function main(argv: string[]): Promise<void> {
  // The app loads the import, report and statement words with their screens; every command may need them.
  await Promise.all([loadMessages('data'), loadMessages('reports'), loadMessages('statement')]);
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  emit(command ? await command(args) : usageError({ refused: 'cli.usage' }));
}

await main(process.argv.slice(2));
