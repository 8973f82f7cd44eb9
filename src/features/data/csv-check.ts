import type { CsvError } from '../../domain/csv/codes';
import { parseImportCsv } from '../../domain/csv/parse';
import { planImport, type ImportBook, type ImportPlan } from '../../domain/csv/plan';
import { sha256Hex } from '../../domain/platform';

export { MAX_IMPORT_BYTES } from './limits';

/** The steps of checking a file, for the progress line. */
export type CsvPhase = 'read' | 'parse' | 'plan';

/** A checked CSV file: its SHA-256 and either the plan to confirm or every problem found. */
export type CsvCheck =
  | { ok: true; hash: string; plan: ImportPlan; period: { from: string; to: string } }
  | { ok: false; hash: string; errors: CsvError[]; total: number };

/** The first and last date a plan touches. */
function periodOf(plan: ImportPlan): { from: string; to: string } {
  const dates = [...plan.entries, ...plan.transfers].map((r) => r.date).sort();
  return { from: dates[0] ?? '', to: dates[dates.length - 1] ?? '' };
}

/**
 * Checks an import file's bytes against a book without writing anything: decodes UTF-8 (a bad
 * byte becomes U+FFFD, which the parser reports), hashes the bytes (the same file is recognised
 * later by this), parses every row and plans the import. Runs in the data worker.
 */
export async function checkCsvBytes(
  bytes: Uint8Array,
  book: ImportBook,
  onPhase: (phase: CsvPhase) => void = () => undefined,
): Promise<CsvCheck> {
  onPhase('read');
  const hash = await sha256Hex(bytes);
  const text = new TextDecoder('utf-8').decode(bytes);
  onPhase('parse');
  const parsed = parseImportCsv(text);
  if (!parsed.ok) return { ...parsed, hash };
  onPhase('plan');
  const planned = planImport(parsed.rows, book);
  if (!planned.ok) return { ...planned, hash };
  return { ok: true, hash, plan: planned.plan, period: periodOf(planned.plan) };
}
