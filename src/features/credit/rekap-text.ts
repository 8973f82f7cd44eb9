import type { RekapContent } from './rekap-content';

/** A contact's rekap as plain text to share: who and when, what is owed each way, then the latest records. */
export function rekapText(rekap: RekapContent): string {
  const records = rekap.records.map(
    (r) => `${r.date} · ${r.what} · ${r.amount}${r.owed ? ` (${r.owed})` : ''}`,
  );
  return [rekap.title, rekap.asOf, ...rekap.totals, '', rekap.recordsHeading, ...records].join('\n');
}
