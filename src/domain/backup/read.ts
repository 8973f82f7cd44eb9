import { canonicalJson } from '../canonical';
import type { Instant } from '../model';
import { sha256Hex } from '../platform';
import { fail, ok, type Result } from '../result';
import { verifyChain } from '../revisions';
import { parseStrictJson } from '../strict-json';
import { MAX_LISTED_PROBLEMS, type BackupProblem } from './codes';
import { BACKUP_FORMAT_VERSION, MAX_BACKUP_BYTES } from './format';
import { integrityProblems } from './integrity';
import { backupFileSchema, type BackupContent } from './schema';

/** A backup that passed every check, ready to restore. */
export interface CheckedBackup {
  content: BackupContent;
  asOf: Instant | null;
  appVersion: string;
  checksum: string;
}

const FORMAT_PREFIX = 'lumbung.backup/';

/** The format version a parsed file claims, or null when it is not a Lumbung backup at all. */
function formatVersion(parsed: unknown): number | null {
  const format = (parsed as { format?: unknown } | null)?.format;
  if (typeof parsed !== 'object' || typeof format !== 'string' || !format.startsWith(FORMAT_PREFIX))
    return null;
  const version = Number(format.slice(FORMAT_PREFIX.length));
  return Number.isInteger(version) && version > 0 ? version : null;
}

/** Every break in every book's hash chain, each naming the book and the revision. */
async function chainProblems(content: BackupContent): Promise<BackupProblem[]> {
  const problems: BackupProblem[] = [];
  for (const book of content.books) {
    const revisions = content.revisions.filter((r) => r.bookId === book.id).sort((a, b) => a.seq - b.seq);
    for (const broken of verifyChain(book.id, revisions)) {
      problems.push({ code: 'backup.chain', params: { book: book.name, seq: broken.seq } });
      if (problems.length >= MAX_LISTED_PROBLEMS) return problems;
    }
  }
  return problems;
}

/**
 * Checks a whole backup file before anything is written: size, strict JSON (no member named
 * twice), format and version (a newer one is refused), every table against strict bounded schemas,
 * the checksum, references between rows, rows against their history, and every book's revision hash chain. The content comes back
 * without settings: a restore takes only book data.
 */
export async function readBackup(text: string): Promise<Result<CheckedBackup, BackupProblem>> {
  if (text.length > MAX_BACKUP_BYTES) return fail({ code: 'backup.tooLarge' });
  const json = parseStrictJson(text);
  if (!json.ok)
    return json.problem.code === 'json.syntax'
      ? fail({ code: 'backup.notJson' })
      : fail({ code: 'backup.duplicateKey', params: { key: json.problem.key, path: json.problem.path } });
  const parsed = json.value;
  const version = formatVersion(parsed);
  if (version === null) return fail({ code: 'backup.notBackup' });
  if (version > BACKUP_FORMAT_VERSION) return fail({ code: 'backup.newer', params: { version } });
  const checked = backupFileSchema.safeParse(parsed);
  if (!checked.success)
    return fail(
      ...checked.error.issues
        .slice(0, MAX_LISTED_PROBLEMS)
        .map((issue) => ({ code: 'backup.invalid' as const, params: { path: issue.path.join('.') } })),
    );
  const { content, checksum, asOf, appVersion } = checked.data;
  if ((await sha256Hex(canonicalJson(content))) !== checksum.value) return fail({ code: 'backup.checksum' });
  if (content.books.length === 0) return fail({ code: 'backup.empty' });
  const problems = integrityProblems(content);
  if (problems.length > 0) return fail(...problems);
  const breaks = await chainProblems(content);
  if (breaks.length > 0) return fail(...breaks);
  // Older backups carry settings (and a hand-made one may carry a last-backup date that silences the
  // reminder): they were checked with the rest, and are dropped so that a restore takes only books.
  return ok({ content: { ...content, settings: [] }, asOf, appVersion, checksum: checksum.value });
}
