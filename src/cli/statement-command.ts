import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { makeStatement } from '../domain/statement/documents';
import { loadStatementLabels } from '../i18n/statement-labels';
import { bookFromCsv } from './csv-book';
import { describeCsvError, describeProblem } from './messages';
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
  const made = await makeStatement(
    {
      book: options.business,
      period: options.period,
      entries: book.entries,
      transfers: book.transfers,
      settlements: book.settlements,
      stockCounts: book.stockCounts,
      openingItems: book.openingItems,
      contacts: book.contacts,
      showContactNames: options.showContactNames,
      categories: book.categories,
      accounts: book.accounts,
      now,
      appVersion: APP_VERSION,
      omitNotes: options.omitNotes,
      ratio: options.ratio,
      householdCosts: options.householdCosts,
      existingInstalments: options.existingInstalments,
    },
    key.signer,
    { labels: await loadStatementLabels('id') },
  );
  if (!made.ok)
    return { output: { ok: false, errors: made.errors.map(describeProblem) }, exitCode: EXIT.failed };

  const docs = made.value;
  const paths = {
    pdf: resolve(join(options.out, docs.names.pdf)),
    json: resolve(join(options.out, docs.names.json)),
    xlsx: resolve(join(options.out, docs.names.xlsx)),
  };
  await mkdir(options.out, { recursive: true });
  // The workbook is always asked for here, so it is never left out.
  await Promise.all([
    writeFile(paths.pdf, docs.pdf),
    writeFile(paths.json, docs.json),
    writeFile(paths.xlsx, docs.xlsx ?? new Uint8Array()),
  ]);
  return {
    output: {
      ok: true,
      ...paths,
      fingerprint: docs.fingerprint,
      statementCode: docs.code,
      statementId: docs.statement.id,
      period: docs.statement.period,
      entries: docs.statement.entries.length,
      transfers: docs.statement.transfers.length,
      format: docs.file.format,
      keyCreated: key.created,
    },
    exitCode: EXIT.ok,
  };
}
