import { importCheck } from './import-check';
import { emit, usageError, type CommandResult } from './output';
import { schemaCommand } from './schema-command';
import { statementCommand } from './statement-command';
import { verifyCommand } from './verify-command';

const USAGE =
  'Pemakaian: lumbung import-check BERKAS.csv | lumbung statement --csv BERKAS.csv --from YYYY-MM --to YYYY-MM --key KUNCI.json --out FOLDER [--business NAMA] [--owner NAMA] [--member NO] [--cooperative NAMA] [--branch NAMA] [--type JENIS] [--time-zone TZ] [--ratio 0.6] [--no-notes] | lumbung verify BERKAS.pdf|BERKAS.json [--fingerprint XXXX-XXXX-XXXX-XXXX] [--full] | lumbung schema';

const COMMANDS: Readonly<Record<string, (args: string[]) => Promise<CommandResult>>> = {
  'import-check': importCheck,
  statement: statementCommand,
  verify: verifyCommand,
  schema: schemaCommand,
};

/** Runs one command of the Lumbung command line and prints its JSON. */
export async function main(argv: string[]): Promise<void> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  emit(command ? await command(args) : usageError(USAGE));
}

await main(process.argv.slice(2));
