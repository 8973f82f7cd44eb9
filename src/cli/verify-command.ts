import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { normalizeFingerprint, verifyStatement, type Statement } from '../domain/statement';
import { statementLabels } from '../i18n/statement-labels';
import { describeProblem, say } from './messages';
import { EXIT, unreadableFile, usageError, type CommandResult } from './output';

const EXIT_BY_VERDICT = { genuine: EXIT.ok, altered: EXIT.failed, unreadable: EXIT.unusable } as const;

/** The statement without its rows (unless `--full`): the rows are counted instead. */
function shown(statement: Statement | null, full: boolean) {
  if (statement === null || full) return statement;
  const { entries, transfers, ...rest } = statement;
  return { ...rest, counts: { entries: entries.length, transfers: transfers.length } };
}

/** `verify FILE.(pdf|json) [--fingerprint XXXX-XXXX-XXXX-XXXX] [--full]`: exit 0 genuine, 1 altered, 2 unreadable. */
export async function verifyCommand(args: string[]): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { fingerprint: { type: 'string' }, full: { type: 'boolean' } },
    });
  } catch (error) {
    return usageError({ refused: 'cli.option.unknown', params: { detail: (error as Error).message } });
  }
  const [path, ...extra] = parsed.positionals;
  if (path === undefined || extra.length > 0) return usageError({ refused: 'cli.usage.verify' });
  const expected = parsed.values.fingerprint;
  // A mistyped code is the officer's slip, not the file's fault: it must not read as "altered".
  if (expected !== undefined && normalizeFingerprint(expected) === null)
    return usageError({ refused: 'cli.option.fingerprint', params: { value: expected.slice(0, 40) } });
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch {
    return unreadableFile(path);
  }
  // The app's PDFs are drawn in Indonesian; a PDF's pages are drawn again in it and compared.
  const labels = statementLabels('id');
  const result = await verifyStatement(
    bytes,
    expected === undefined ? { labels } : { labels, expectedFingerprint: expected },
  );
  return {
    output: {
      verdict: result.verdict,
      signatureValid: result.signatureValid,
      figuresConsistent: result.figuresConsistent,
      fingerprint: result.fingerprint,
      fingerprintMatches: result.fingerprintMatches,
      statementCode: result.statementCode,
      source: result.source,
      problems: result.problems.map(describeProblem),
      notice: say('cli.verify.notice'),
      statement: shown(result.statement, parsed.values.full === true),
    },
    exitCode: EXIT_BY_VERDICT[result.verdict],
  };
}
