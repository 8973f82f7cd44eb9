import { jsonbText } from '../db/jsonb';
import type { WitnessedRecord } from './witness';

/**
 * A witness report as stored: one array a field, the arrival instants written once each and named
 * by their place in `arrivals`, so a hundred thousand records are a few megabytes of text that
 * the database stores without parsing (a `jsonb` of as many objects costs it seconds).
 */
interface StoredColumns {
  ids: string[];
  /** One letter a record: `e` an entry, `t` a transfer. */
  kinds: string;
  dates: string[];
  seqs: (number | null)[];
  arrivals: string[];
  /** The place in `arrivals` of each record's arrival, null when never witnessed. */
  arrival: (number | null)[];
  lags: (number | null)[];
}

/** A witness report's records as the text of the `witness_report` column. */
export function storedWitnessReport(records: readonly WitnessedRecord[]): string {
  const columns: StoredColumns = {
    ids: [],
    kinds: '',
    dates: [],
    seqs: [],
    arrivals: [],
    arrival: [],
    lags: [],
  };
  const places = new Map<string, number>();
  let kinds = '';
  for (const record of records) {
    columns.ids.push(record.id);
    kinds += record.kind === 'entry' ? 'e' : 't';
    columns.dates.push(record.date);
    columns.seqs.push(record.seq);
    columns.lags.push(record.lagDays);
    let place: number | null = null;
    if (record.receivedAt !== null) {
      place = places.get(record.receivedAt) ?? columns.arrivals.length;
      if (place === columns.arrivals.length) {
        places.set(record.receivedAt, place);
        columns.arrivals.push(record.receivedAt);
      }
    }
    columns.arrival.push(place);
  }
  columns.kinds = kinds;
  return jsonbText(columns);
}

/**
 * The records of a stored witness report: the columns written by `storedWitnessReport`, or the
 * list of records that statements filed before them hold.
 */
export function witnessRecords(stored: string): WitnessedRecord[] {
  const value = JSON.parse(stored) as StoredColumns | WitnessedRecord[];
  if (Array.isArray(value)) return value;
  const { ids, kinds, dates, seqs, arrivals, arrival, lags } = value;
  return ids.map((id, i) => {
    const place = arrival[i] ?? null;
    return {
      id,
      kind: kinds[i] === 'e' ? 'entry' : 'transfer',
      date: dates[i] ?? '',
      seq: seqs[i] ?? null,
      receivedAt: place === null ? null : (arrivals[place] ?? null),
      lagDays: lags[i] ?? null,
    };
  });
}
