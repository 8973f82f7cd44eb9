import { readFile } from 'node:fs/promises';
import { bookFromCsv } from './csv-book';
import { describeCsvError } from './messages';
import { EXIT, unreadableFile, usageError, type CommandResult } from './output';

/** `import-check FILE.csv`: whether the file imports, with its counts, or every problem with its row. */
export async function importCheck(args: string[]): Promise<CommandResult> {
  const [path, ...extra] = args;
  if (path === undefined || extra.length > 0) return usageError({ refused: 'cli.usage.importCheck' });
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return unreadableFile(path);
  }
  const read = bookFromCsv(text, new Date());
  if (!read.ok) {
    const { errors, total } = read;
    // Only the first problems are listed (a file of 100,000 bad rows has some 700,000), with the count.
    const note =
      errors.length < total
        ? { note: `Hanya ${errors.length} masalah pertama dari ${total} yang ditampilkan.` }
        : {};
    return {
      output: { ok: false, errorCount: total, ...note, errors: errors.map(describeCsvError) },
      exitCode: EXIT.failed,
    };
  }
  const { plan } = read.book;
  const dates = [...plan.entries, ...plan.transfers].map((r) => r.date).sort();
  return {
    output: {
      ok: true,
      rows: plan.counts.rows,
      entries: plan.counts.entries,
      transfers: plan.counts.transfers,
      firstDate: dates[0] ?? null,
      lastDate: dates[dates.length - 1] ?? null,
      newCategories: plan.newCategories,
      newAccounts: plan.newAccounts,
      totalsByKind: plan.totalsByKind,
    },
    exitCode: EXIT.ok,
  };
}
