import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { WitnessedRecord } from '../../server/statements/witness';
import { storedWitnessReport, witnessRecords } from '../../server/statements/witness-storage';

// The witness report is stored in a compact form; reading it back must give the officer's screen
// every record as the report made it, in order, and a report stored before as the list it holds.

const text = fc.string({ unit: 'binary', maxLength: 12 }).filter((value) => !value.includes('\u0000'));
const instant = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) })
  .map((ms) => new Date(ms).toISOString());
const record: fc.Arbitrary<WitnessedRecord> = fc.oneof(
  fc.record({
    id: text,
    kind: fc.constantFrom('entry' as const, 'transfer' as const),
    date: text,
    seq: fc.constant(null),
    receivedAt: fc.constant(null),
    lagDays: fc.constant(null),
  }),
  fc.record({
    id: text,
    kind: fc.constantFrom('entry' as const, 'transfer' as const),
    date: text,
    seq: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    // Few instants, as a push stores its revisions at one time.
    receivedAt: fc.oneof(instant, fc.constantFrom('2026-03-02T01:15:00.000Z', '2026-03-09T08:00:00.123Z')),
    lagDays: fc.nat({ max: 400 }),
  }),
);

it('reads back every record of a report as it was made, in order', () => {
  fc.assert(
    fc.property(fc.array(record, { maxLength: 40 }), (records) => {
      const stored = storedWitnessReport(records);
      expect(witnessRecords(stored)).toEqual(records);
      expect(stored).not.toContain('\u0000');
    }),
    { numRuns: 500 },
  );
});

it('stores a U+0000 in a record id as U+FFFD, which the database can hold', () => {
  const made: WitnessedRecord = {
    id: 'e\u00001',
    kind: 'entry',
    date: '2026-03-02',
    seq: null,
    receivedAt: null,
    lagDays: null,
  };
  expect(witnessRecords(storedWitnessReport([made]))).toEqual([{ ...made, id: 'e\uFFFD1' }]);
});

it('reads a report stored before as the list of records it holds', () => {
  const records: WitnessedRecord[] = [
    {
      id: 'e1',
      kind: 'entry',
      date: '2026-03-02',
      seq: 4,
      receivedAt: '2026-03-02T09:00:00.000Z',
      lagDays: 0,
    },
    { id: 't1', kind: 'transfer', date: '2026-03-03', seq: null, receivedAt: null, lagDays: null },
  ];
  expect(witnessRecords(JSON.stringify(records))).toEqual(records);
  expect(witnessRecords('[]')).toEqual([]);
});
