import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildStatement } from '../domain/statement';
import { makeStatementDocuments } from '../domain/statement/documents';
import { statementLabels } from '../i18n/statement-labels';
import { bookFromCsv } from './csv-book';
import { describeCsvError } from './messages';
import { KeyFileError, loadOrCreateKey } from './key-file';
import { EXIT, unreadableFile, usageError, type CommandResult } from './output';
import { parseStatementOptions } from './statement-options';
import { APP_VERSION } from './version';

/**
 * `statement --csv FILE --key KEY.json --out DIR [...]`: imports the file into a new book, builds
 * the statement of the period, signs it with the key (made on first use) and writes PDF, JSON, XLSX.
 */
export async function statementCommand(args: string[]): Promise<CommandResult> {
  const now = new Date();
  const options = parseStatementOptions(args, now);
  if ('refused' in options) return usageError(options);
  let text: string;
  try {
    text = await readFile(options.csv, 'utf8');
  } catch {
    return unreadableFile(options.csv);
  }
  const read = bookFromCsv(text, now);
  if (!read.ok)
    return { output: { ok: false, errors: read.errors.map(describeCsvError) }, exitCode: EXIT.failed };

  let key;
  try {
    key = await loadOrCreateKey(options.key);
  } catch (error) {
    if (error instanceof KeyFileError)
      return usageError({ refused: 'cli.key.unusable', params: { path: error.path } }, error.code);
    throw error;
  }
  const { book } = read;
  const built = buildStatement({
    book: options.business,
    period: options.period,
    entries: book.entries,
    transfers: book.transfers,
    categories: book.categories,
    accounts: book.accounts,
    now,
    appVersion: APP_VERSION,
    omitNotes: options.omitNotes,
    ratio: options.ratio,
    householdCosts: options.householdCosts,
    existingInstalments: options.existingInstalments,
  });
  if (!built.ok) return { output: { ok: false, errors: built.errors }, exitCode: EXIT.failed };

  const docs = await makeStatementDocuments(built.value, key.signer, {
    labels: statementLabels('id'),
    omitNotes: options.omitNotes,
  });
  const base = `laporan-${options.period.from.slice(0, 7)}-${options.period.to.slice(0, 7)}`;
  const paths = {
    pdf: resolve(join(options.out, `${base}.pdf`)),
    json: resolve(join(options.out, `${base}.json`)),
    xlsx: resolve(join(options.out, `${base}.xlsx`)),
  };
  await mkdir(options.out, { recursive: true });
  await Promise.all([
    writeFile(paths.pdf, docs.pdf),
    writeFile(paths.json, docs.json),
    writeFile(paths.xlsx, docs.xlsx),
  ]);
  return {
    output: {
      ok: true,
      ...paths,
      fingerprint: docs.fingerprint,
      statementCode: docs.code,
      statementId: built.value.id,
      period: built.value.period,
      entries: built.value.entries.length,
      transfers: built.value.transfers.length,
      keyCreated: key.created,
    },
    exitCode: EXIT.ok,
  };
}
