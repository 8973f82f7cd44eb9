import { randomUUID } from 'node:crypto';
import { addMonths, firstDayOf, lastDayOf, monthOf, todayIn } from '../src/domain/dates';
import type { Entry, Revision } from '../src/domain/model';
import { hashRevision } from '../src/domain/revisions';
import {
  buildStatement,
  signStatement,
  statementJson,
  verifyStatement,
  type StatementSigner,
} from '../src/domain/statement';
import type { Device } from './auth/device';
import type { ServerContext } from './context';
import { submitStatement } from './statements/submit';

const TIME_ZONE = 'Asia/Makassar';
const PUSH_SIZE = 500;

/** `count` sales spread over the twelve months before this one, and the revisions that created them. */
function twelveMonths(count: number, bookId: string) {
  const last = addMonths(monthOf(todayIn(TIME_ZONE)), -1);
  const first = addMonths(last, -11);
  const from = firstDayOf(first);
  const days = Math.round((Date.parse(lastDayOf(last)) - Date.parse(from)) / 86_400_000) + 1;
  const entries: Entry[] = [];
  const revisions: Revision[] = [];
  for (let i = 0; i < count; i += 1) {
    const date = new Date(Date.parse(from) + Math.floor((i * days) / count) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const at = `${date}T10:00:00.000Z`;
    const entry: Entry = {
      ...{ id: `e${i}`, bookId, date, direction: 'in', amount: 1_000 + (i % 97) * 100 },
      ...{ categoryId: 'c1', accountId: 'a1', note: '', counterparty: '', recordedAt: at, updatedAt: at },
      ...{ source: 'app', voided: false },
    };
    entries.push(entry);
    const { date: day, direction, amount, categoryId, accountId, note, counterparty, voided } = entry;
    const fields = { date: day, direction, amount, categoryId, accountId, note, counterparty, voided };
    const unsigned = {
      ...{ bookId, seq: i + 1, subjectId: entry.id, action: 'create' as const, at },
      snapshot: { subject: 'entry' as const, ...fields },
      prevHash: revisions.at(-1)?.hash ?? '',
    };
    revisions.push({ ...unsigned, hash: hashRevision(unsigned) });
  }
  return { entries, revisions, period: { from, to: lastDayOf(last) } };
}

/**
 * Intake of a 12-month statement of `count` entries (verify, witness report, store) against the
 * domain's verification of the same file in this process: the server's work per statement.
 */
export async function benchIntake(
  ctx: ServerContext,
  device: Device,
  signer: StatementSigner,
  count: number,
): Promise<{ entries: number; intakeMs: number; verifyMs: number; intakeOverVerify: number }> {
  const bookId = randomUUID();
  const { entries, revisions, period } = twelveMonths(count, bookId);
  await ctx.db.query('INSERT INTO books (book_id, member_number) VALUES ($1, $2)', [
    bookId,
    device.memberNumber,
  ]);
  for (let i = 0; i < revisions.length; i += PUSH_SIZE) {
    const rows = revisions.slice(i, i + PUSH_SIZE);
    await ctx.db.query(
      `INSERT INTO revisions (book_id, seq, prev_hash, hash, ciphertext)
       SELECT $1, s, NULLIF(p, ''), h, '\\x00'::bytea FROM unnest($2::int[], $3::text[], $4::text[]) AS t(s, p, h)`,
      [bookId, rows.map((r) => r.seq), rows.map((r) => r.prevHash), rows.map((r) => r.hash)],
    );
  }
  const built = buildStatement({
    book: {
      ...{ name: 'Kios Bench', owner: 'Bench', memberNumber: device.memberNumber, cooperative: 'Kopdit' },
      ...{ branch: 'Bench', businessType: 'Kios', timeZone: TIME_ZONE },
    },
    period,
    entries,
    transfers: [],
    categories: [{ id: 'c1', name: 'Penjualan', kind: 'pendapatan' }],
    accounts: [{ id: 'a1', name: 'Kas' }],
    now: new Date(),
    appVersion: 'bench',
  });
  if (!built.ok) throw new Error(JSON.stringify(built.errors).slice(0, 400));
  const envelope = await signStatement(built.value, signer);
  const file = statementJson(envelope);
  const witness = { bookId, revisions: revisions.map((r) => ({ ...r, hash: undefined })) };
  const body = JSON.stringify({ ...JSON.parse(file), witness });
  const verifyStart = performance.now();
  const verified = await verifyStatement(file);
  const verifyMs = performance.now() - verifyStart;
  if (verified.verdict !== 'genuine')
    throw new Error(
      `bench statement is ${verified.verdict} ${JSON.stringify(verified.problems).slice(0, 600)}`,
    );
  const intakeStart = performance.now();
  const filed = await submitStatement(ctx, device, body);
  const intakeMs = performance.now() - intakeStart;
  if (filed.verdict !== 'genuine' || filed.witnessed.never !== 0) throw new Error('bench intake misjudged');
  return {
    entries: count,
    intakeMs: Math.round(intakeMs),
    verifyMs: Math.round(verifyMs),
    intakeOverVerify: Number((intakeMs / verifyMs).toFixed(2)),
  };
}
