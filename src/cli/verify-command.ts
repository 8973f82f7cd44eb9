import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  normalizeFingerprint,
  problemReason,
  tooLargeFile,
  unreadableVerification,
  verdictReasons,
  verifyStatement,
  type Statement,
  type StatementVerification,
} from '../domain/statement';
import { MAX_STATEMENT_FILE_BYTES } from '../domain/limits';
import { loadStatementLabels } from '../i18n/statement-labels';
import { reasonMessage } from '../i18n/verdict-reasons';
import { witnessLines } from '../i18n/witness-lines';
import { loadLanguage, type Language } from '../i18n/translate';
import { say } from './messages';
import { EXIT_BY_VERDICT, unreadableFile, usageError, type CommandResult } from './output';
import { isPicture } from './qr-image';
import { serverKeyFingerprint } from './server-key';
import { isQrText, qrTextOf, verifyQrCommand } from './verify-qr';

/** The statement without its rows (unless `--full`): the rows are counted instead. */
function shown(statement: Statement | null, full: boolean) {
  if (statement === null || full) return statement;
  const { entries, transfers, ...rest } = statement;
  return { ...rest, counts: { entries: entries.length, transfers: transfers.length } };
}

const LANGUAGES: readonly Language[] = ['id', 'en'];

/**
 * `verify FILE.(pdf|json|txt|png|jpg) [--fingerprint XXXX-XXXX-XXXX-XXXX] [--server-key JWK-FILE|XXXX-XXXX-XXXX-XXXX] [--full] [--lang id|en]`
 * or `verify --qr TEXT`: a statement file, or a printed copy's QR code (its text, or a picture of
 * the page). Exit 0 genuine, 1 altered, 2 unreadable. The reasons are the officer's screen's
 * sentences, in Indonesian unless `--lang en`.
 */
export async function verifyCommand(args: string[]): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        fingerprint: { type: 'string' },
        full: { type: 'boolean' },
        lang: { type: 'string' },
        qr: { type: 'string' },
        'server-key': { type: 'string' },
      },
    });
  } catch (error) {
    return usageError({ refused: 'cli.option.unknown', params: { detail: (error as Error).message } });
  }
  const [path, ...extra] = parsed.positionals;
  const qr = parsed.values.qr;
  if ((path === undefined) === (qr === undefined) || extra.length > 0)
    return usageError({ refused: 'cli.usage.verify' });
  const language = (parsed.values.lang ?? 'id') as Language;
  if (!LANGUAGES.includes(language))
    return usageError({ refused: 'cli.option.lang', params: { value: language.slice(0, 20) } });
  if (language !== 'id') await loadLanguage(language);
  const expected = parsed.values.fingerprint;
  // A mistyped code is the officer's slip, not the file's fault: it must not read as "altered".
  if (expected !== undefined && normalizeFingerprint(expected) === null)
    return usageError({ refused: 'cli.option.fingerprint', params: { value: expected.slice(0, 40) } });
  const serverKey = parsed.values['server-key'];
  const serverFingerprint = serverKey === undefined ? undefined : await serverKeyFingerprint(serverKey);
  // A wrong server key is the officer's slip too: said as such, before any file is read.
  if (serverFingerprint === null)
    return usageError({ refused: 'cli.option.serverKey', params: { value: (serverKey ?? '').slice(0, 80) } });
  const options = {
    ...(expected === undefined ? {} : { expectedFingerprint: expected }),
    ...(serverFingerprint === undefined ? {} : { serverFingerprint }),
  };
  if (path === undefined) return verifyQrCommand(qr ?? '', options, language);
  let bytes: Uint8Array;
  try {
    // A file larger than any statement the format allows is refused before it is read.
    const { size } = await stat(path);
    if (size > MAX_STATEMENT_FILE_BYTES)
      return verdictOutput(unreadableVerification(null, [tooLargeFile(size)]), language, false);
    bytes = new Uint8Array(await readFile(path));
  } catch {
    return unreadableFile(path);
  }
  if (isPicture(bytes) || isQrText(path, bytes)) return verifyQrCommand(qrTextOf(bytes), options, language);
  // The app's PDFs are drawn in Indonesian; a PDF's pages are drawn again in it and compared.
  const result = await verifyStatement(bytes, { ...options, labels: await loadStatementLabels('id') });
  return verdictOutput(result, language, parsed.values.full === true);
}

/** What `verify` prints of a verification, and its exit code. */
function verdictOutput(result: StatementVerification, language: Language, full: boolean): CommandResult {
  return {
    output: {
      verdict: result.verdict,
      signatureValid: result.signatureValid,
      figuresConsistent: result.figuresConsistent,
      fingerprint: result.fingerprint,
      fingerprintMatches: result.fingerprintMatches,
      handover: result.handover && { valid: result.handover.valid, links: result.handover.links },
      witness: result.witness && {
        serverFingerprint: result.witness.serverFingerprint,
        serverKeyMatches: result.witness.serverKeyMatches,
        valid: result.witness.valid,
        upTo: result.witness.upTo,
        recordedBefore: result.witness.recordedBefore,
        records: result.witness.records,
        messages: witnessLines(language, result.witness),
      },
      statementCode: result.statementCode,
      source: result.source,
      reasons: verdictReasons(result).map((r) => ({
        ok: r.ok,
        code: r.code,
        message: reasonMessage(language, r),
      })),
      problems: result.problems.map((p) => ({
        ...p,
        message: reasonMessage(language, problemReason(p, result.statement)),
      })),
      notice: say('cli.verify.notice', undefined, language),
      statement: shown(result.statement, full),
    },
    exitCode: EXIT_BY_VERDICT[result.verdict],
  };
}
