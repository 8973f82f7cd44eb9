// The ids of a statement's rows, each checked against those seen before it. A busy shop's year has
// 100,000 of them, every one a string fresh from the file: a `Set` hashes each and grows its table
// again and again, while this table is sized once for all the rows and hashes into typed arrays.
// It is exact: two ids are the same only when their text is, whatever their hashes. Ids made to
// share hashes (a forged file's) cannot make it slow: past a bound on probes, or past its size, it
// hands its ids to a `Set` and goes on with that.

/** An empty slot of the table (it holds row numbers plus one). */
const EMPTY = 0;

/** How many of an id's last code units are hashed: a UUID's last 16 hold some 60 random bits. */
const HASHED_UNITS = 16;

/**
 * FNV-1a over an id's length and last `HASHED_UNITS` code units. Ids that differ only before those
 * share a hash and are told apart by their text; if many do, the probe bound hands them to a `Set`.
 */
function hashOf(id: string): number {
  let hash = Math.imul(0x811c9dc5 ^ id.length, 0x01000193);
  for (let i = Math.max(0, id.length - HASHED_UNITS); i < id.length; i++)
    hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash;
}

/** A set of ids, sized for at most `capacity` of them, that answers whether each added one is new. */
export class RowIdSet {
  private readonly ids: string[] = [];
  /** Two numbers a slot, side by side so that a probe reads one place: its row plus one (0: empty), its hash. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** The probes left before the ids move to a `Set`: a few per slot, more than honest ids ever use. */
  private probesLeft: number;
  private fallback: Set<string> | null = null;

  constructor(capacity: number) {
    let size = 16;
    while (size < 2 * capacity) size *= 2;
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
    this.probesLeft = 4 * size;
  }

  /** Adds an id: true when it was not there yet, false when it was (it stays once). */
  add(id: string): boolean {
    if (this.fallback !== null) {
      const size = this.fallback.size;
      return this.fallback.add(id).size > size;
    }
    const hash = hashOf(id);
    // Linear probing over a table at most half full: a probe ends at the id or at an empty slot.
    for (let at = hash & this.mask; ; at = (at + 1) & this.mask) {
      if (--this.probesLeft < 0 || 4 * this.ids.length >= this.slots.length) {
        this.fallback = new Set(this.ids);
        return this.add(id);
      }
      const row = this.slots[2 * at] as number;
      if (row === EMPTY) {
        this.slots[2 * at] = this.ids.push(id);
        this.slots[2 * at + 1] = hash;
        return true;
      }
      if (this.slots[2 * at + 1] === hash && this.ids[row - 1] === id) return false;
    }
  }
}
