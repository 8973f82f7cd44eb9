/** Exit codes of the command line. */
export const EXIT = { ok: 0, failed: 1, unusable: 2 } as const;

/** What a command hands back: the JSON to print and the exit code. */
export interface CommandResult {
  output: unknown;
  exitCode: number;
}

/** A usage problem (unknown command, missing or malformed option): exit 2. */
export function usageError(message: string, code = 'cli.usage'): CommandResult {
  return { output: { ok: false, errors: [{ code, message }] }, exitCode: EXIT.unusable };
}

/** Prints a result as indented JSON on stdout and sets the exit code (without cutting stdout short). */
export function emit(result: CommandResult): void {
  process.stdout.write(`${JSON.stringify(result.output, null, 2)}\n`);
  process.exitCode = result.exitCode;
}
