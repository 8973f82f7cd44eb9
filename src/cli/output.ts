import type { CliMessageKey } from '../i18n/cli';
import type { MessageParams } from '../i18n/translate';
import { describeProblem, say } from './messages';

/** Exit codes of the command line. */
export const EXIT = { ok: 0, failed: 1, unusable: 2 } as const;

/** The exit code of each verdict: 0 genuine, 1 altered, 2 unreadable. */
export const EXIT_BY_VERDICT = { genuine: EXIT.ok, altered: EXIT.failed, unreadable: EXIT.unusable } as const;

/** What a command hands back: the JSON to print and the exit code. */
export interface CommandResult {
  output: unknown;
  exitCode: number;
}

/** Why a command line is refused: one of the command line's messages and its values. */
export interface Refusal {
  refused: CliMessageKey;
  params?: MessageParams;
}

/** A usage problem (unknown command, missing or malformed option): exit 2. */
export function usageError({ refused, params }: Refusal, code = 'cli.usage'): CommandResult {
  return {
    output: { ok: false, errors: [{ code, message: say(refused, params) }] },
    exitCode: EXIT.unusable,
  };
}

/** A file named on the command line that cannot be read: exit 2, worded as the app words it. */
export function unreadableFile(path: string): CommandResult {
  const error = describeProblem({ code: 'file.unreadable', params: { path } });
  return { output: { ok: false, errors: [error] }, exitCode: EXIT.unusable };
}

/** Prints a result as indented JSON on stdout and sets the exit code (without cutting stdout short). */
export function emit(result: CommandResult): void {
  process.stdout.write(`${JSON.stringify(result.output, null, 2)}\n`);
  process.exitCode = result.exitCode;
}
