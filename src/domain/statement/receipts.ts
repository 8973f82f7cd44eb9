import { dateInTimeZone, type BusinessDate } from '../dates';
import type { Problem } from '../result';
import { readReceipt, type Receipt } from '../sync/receipt';
import { fingerprintOf } from './keys';
import type { StatementReceipts } from './receipts-schema';
import type { Statement } from './schema';

/** What the server's receipts in a statement show: how far the server had witnessed the book's chain. */
export interface WitnessCheck {
  /** The fingerprint of the server key the statement carries (computed from the key). */
  serverFingerprint: string | null;
  /** Whether that key is the cooperative's server key the officer gave; null when none was given. */
  serverKeyMatches: boolean | null;
  /** The receipts whose signature holds and that name the statement's book. */
  valid: number;
  /** The furthest receipt that holds: the chain's seq the server had seen, when, and that day in the book's time zone. */
  upTo: { seq: number; receivedAt: string; date: BusinessDate } | null;
  /** The period's records recorded before that receipt, of all the period's records. */
  recordedBefore: number;
  records: number;
  problems: Problem[];
}

/** What a statement's receipts are checked against: the cooperative's server key, when the officer has it. */
export interface WitnessOptions {
  serverFingerprint?: string;
}

/** The records of a statement that carry when they were recorded (entries, transfers, settlements). */
function recordedTimes(statement: Statement): string[] {
  const settlements = 'settlements' in statement ? (statement.settlements as { recordedAt: string }[]) : [];
  return [...statement.entries, ...statement.transfers, ...settlements].map((r) => r.recordedAt);
}

/**
 * Checks the receipts a statement carries: each must be signed by the server key it carries and
 * name its book, and that key must be the cooperative's when the officer gave one. A receipt that
 * fails any of these alters the statement. Null when the statement carries no receipts.
 */
export async function checkWitness(
  statement: Statement & { receipts?: StatementReceipts },
  options: WitnessOptions = {},
): Promise<WitnessCheck | null> {
  const carried = statement.receipts;
  if (carried === undefined) return null;
  const problems: Problem[] = [];
  const serverFingerprint = await fingerprintOf(carried.serverKey).catch(() => null);
  const expected = options.serverFingerprint;
  const serverKeyMatches = expected === undefined ? null : serverFingerprint === expected;
  if (serverKeyMatches === false)
    problems.push({
      code: 'receipt.serverKey',
      params: { stated: serverFingerprint ?? '—', expected: expected ?? '' },
    });
  const held: Receipt[] = [];
  for (const [index, jws] of carried.items.entries()) {
    const read = await readReceipt(jws, carried.serverKey);
    if (!read.ok) problems.push({ code: 'receipt.invalid', params: { receipt: index + 1 } });
    else if (read.value.book !== carried.book)
      problems.push({
        code: 'receipt.book',
        params: { receipt: index + 1, book: read.value.book.slice(0, 100) },
      });
    else held.push(read.value);
  }
  const furthest = held.reduce<Receipt | null>((a, b) => (a === null || b.seq > a.seq ? b : a), null);
  const times = recordedTimes(statement);
  const until = furthest === null ? null : Date.parse(furthest.receivedAt);
  return {
    serverFingerprint,
    serverKeyMatches,
    valid: held.length,
    upTo:
      furthest === null
        ? null
        : {
            seq: furthest.seq,
            receivedAt: furthest.receivedAt,
            date: dateInTimeZone(new Date(furthest.receivedAt), statement.business.timeZone),
          },
    recordedBefore: until === null ? 0 : times.filter((t) => Date.parse(t) <= until).length,
    records: times.length,
    problems,
  };
}
