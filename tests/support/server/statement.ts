import type { Entry, Revision } from '../../../src/domain/model';
import { addMonths, firstDayOf, lastDayOf, monthOf, todayIn } from '../../../src/domain/dates';
import { hashRevision } from '../../../src/domain/revisions';
import { buildStatement, signStatement, type StatementSigner } from '../../../src/domain/statement';
import type { Statement } from '../../../src/domain/statement/schema';

const TIME_ZONE = 'Asia/Makassar';

/** The month the test statements cover: last month, the latest a statement may be made of today. */
const statementMonth = () => addMonths(monthOf(todayIn(TIME_ZONE)), -1);

/** A statement of last month for a member, its sales the given entries (dated within that month). */
export function monthStatement(
  memberNumber: string,
  entries: { id: string; date: string; amount: number }[],
) {
  const month = statementMonth();
  const rows: Entry[] = entries.map((entry) => ({
    id: entry.id,
    bookId: 'b',
    date: entry.date,
    direction: 'in',
    amount: entry.amount,
    categoryId: 'c1',
    accountId: 'a1',
    note: '',
    counterparty: '',
    recordedAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
    source: 'app',
    voided: false,
  }));
  const built = buildStatement({
    book: {
      name: 'Kios Uji',
      owner: 'Pemilik Uji',
      memberNumber,
      cooperative: 'Kopdit Uji',
      branch: 'Maumere',
      businessType: 'Kios',
      timeZone: TIME_ZONE,
    },
    period: { from: firstDayOf(month), to: lastDayOf(month) },
    entries: rows,
    transfers: [],
    categories: [{ id: 'c1', name: 'Penjualan', kind: 'pendapatan' }],
    accounts: [{ id: 'a1', name: 'Kas' }],
    now: new Date(),
    appVersion: 'test',
  });
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  return { statement: built.value, rows };
}

/** A day of the test statements' month (its last), for their entries. */
export const testToday = (): string => lastDayOf(statementMonth());

/** The signed envelope's JSON text. */
export async function signedJson(statement: Statement, signer: StatementSigner, extra: object = {}) {
  return JSON.stringify({ ...(await signStatement(statement, signer)), ...extra });
}

/** The plaintext revisions that created `rows` in a book, linked and hashed as the app hashes them. */
export function creationRevisions(bookId: string, rows: readonly Entry[]): Revision[] {
  const revisions: Revision[] = [];
  for (const row of rows) {
    const unsigned = {
      bookId,
      seq: revisions.length + 1,
      subjectId: row.id,
      action: 'create' as const,
      at: row.recordedAt,
      snapshot: {
        subject: 'entry' as const,
        date: row.date,
        direction: row.direction,
        amount: row.amount,
        categoryId: row.categoryId,
        accountId: row.accountId,
        note: row.note,
        counterparty: row.counterparty,
        voided: false,
      },
      prevHash: revisions.at(-1)?.hash ?? '',
    };
    revisions.push({ ...unsigned, hash: hashRevision(unsigned) });
  }
  return revisions;
}
