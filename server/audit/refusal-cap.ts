/** How many sources the cap keeps apart; beyond them, new sources share one count. */
const MAX_SOURCES = 10_000;
/** The source that stands for every address beyond `MAX_SOURCES` within one minute. */
export const OVERFLOW_SOURCE = 'other';
const WINDOW_MS = 60_000;

/** What was left out of the audit log for one source in one minute. */
export interface DroppedRefusals {
  address: string;
  /** The start of the minute, RFC 3339. */
  since: string;
  dropped: number;
}

/**
 * A cap on the refused requests logged per source (address) per minute, so a flood of bad
 * requests cannot fill the audit log or the disk. Refusals past the cap are counted, not logged;
 * `drain` hands back those counts once their minute is over, to be logged as one line each.
 * Kept in the process: behind a load balancer each process caps its own share.
 */
export class RefusalCap {
  private window = 0;
  private counts = new Map<string, number>();
  private dropped: DroppedRefusals[] = [];

  constructor(private readonly perMinute: number) {}

  /** Whether a refusal from `address` at `now` (ms) is logged; counts it either way. */
  admit(address: string, now: number): boolean {
    this.roll(now);
    const source = this.counts.has(address) || this.counts.size < MAX_SOURCES ? address : OVERFLOW_SOURCE;
    const seen = (this.counts.get(source) ?? 0) + 1;
    this.counts.set(source, seen);
    return seen <= this.perMinute;
  }

  /** The dropped counts of every minute that has ended by `now`, each handed back once. */
  drain(now: number): DroppedRefusals[] {
    this.roll(now);
    const done = this.dropped;
    this.dropped = [];
    return done;
  }

  private roll(now: number): void {
    const window = Math.floor(now / WINDOW_MS) * WINDOW_MS;
    if (window === this.window) return;
    const since = new Date(this.window).toISOString();
    for (const [address, seen] of this.counts)
      if (seen > this.perMinute) this.dropped.push({ address, since, dropped: seen - this.perMinute });
    this.window = window;
    this.counts = new Map();
  }
}
