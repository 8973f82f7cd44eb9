import type { Queryable } from './db/database';

/** A book as listed: its id, its chain's tip, and when it last grew. */
export interface BookListing {
  bookId: string;
  tip: { seq: number; hash: string | null };
  updatedAt: string;
}

/** Every book of a member, most recently updated first. */
export async function memberBooks(db: Queryable, memberNumber: string): Promise<BookListing[]> {
  const rows = await db.query<{
    book_id: string;
    tip_seq: number;
    tip_hash: string | null;
    updated_at: Date;
  }>(
    `SELECT book_id, tip_seq, tip_hash, updated_at FROM books WHERE member_number = $1
      ORDER BY updated_at DESC, book_id`,
    [memberNumber],
  );
  return rows.map((row) => ({
    bookId: row.book_id,
    tip: { seq: row.tip_seq, hash: row.tip_hash },
    updatedAt: new Date(row.updated_at).toISOString(),
  }));
}
