import { expect, it } from 'vitest';
import { witnessEvidenceLines, witnessEvidenceText } from '../../src/domain/sync/witness-evidence';
import { nodeSha256Hex } from '../../server/native-hash';
import { laidOutClaims } from '../../server/statements/evidence-claims';
import { evidenceClaims } from '../../server/statements/evidence-thread';

// The evidence of a statement sent from the app is read and hashed in a thread of its own: what
// crosses back must be what the report would read of it in this thread, or witnesses would change.

const BOOK = '3f2b8c4e-1d2a-4b6f-9c3e-7a5d1e0f2b4c';

const revision = (seq: number, subjectId: string, note: string) => ({
  ...{ bookId: BOOK, seq, subjectId, action: 'create' as const },
  ...{ at: '2026-03-02T01:15:00.000Z', prevHash: '' },
  snapshot: {
    ...{ subject: 'entry' as const, date: '2026-03-02', direction: 'in' as const, amount: 25_000 + seq },
    ...{ categoryId: 'cat-1', accountId: 'acc-1', counterparty: 'Bu Sari', note, voided: false },
  },
});

const text = witnessEvidenceText(BOOK, [
  revision(1, 'e1', ''),
  revision(2, 'e2', 'a,\nb "quoted" \u{1f600}'),
  revision(3, 'e1', 'kopi'),
]);

it('answers for a valid evidence what the reading in this thread gives, each line hashed as sent', async () => {
  const answer = await evidenceClaims(text);
  expect(answer).toEqual(laidOutClaims(text));
  if (answer?.valid !== true) throw new Error('the evidence was not read');
  const { lines } = witnessEvidenceLines(text) ?? { lines: [] };
  expect(answer.evidence.hashes).toBe(lines.map(nodeSha256Hex).join(''));
  expect(answer.evidence.revisions.map((claim) => [claim.seq, claim.subjectId, claim.snapshot.note])).toEqual(
    [
      [1, 'e1', ''],
      [2, 'e2', 'a,\nb "quoted" \u{1f600}'],
      [3, 'e1', 'kopi'],
    ],
  );
  // Only what a record is matched on crosses back, not the whole snapshot.
  expect(answer.evidence.revisions[0]?.snapshot).not.toHaveProperty('counterparty');
});

it('finds an evidence of the wrong shape invalid, and leaves a text of another layout to the caller', async () => {
  expect(await evidenceClaims(text.replace('"seq":2,', '"seq":"2",'))).toEqual({ valid: false });
  expect(await evidenceClaims(text.replace(/\n/g, ''))).toBeNull();
});

it('reads the evidence in the calling thread when its thread fails', async () => {
  const failing = new URL('data:text/javascript,process.exit(3)');
  expect(await evidenceClaims(text, failing)).toEqual(laidOutClaims(text));
  const throwing = new URL(
    `data:text/javascript,${encodeURIComponent(
      "import { parentPort } from 'node:worker_threads'; parentPort.on('message', () => { throw new Error('x'); });",
    )}`,
  );
  expect(await evidenceClaims(text, throwing)).toEqual(laidOutClaims(text));
  // The thread that works still answers after them.
  expect(await evidenceClaims(text)).toEqual(laidOutClaims(text));
});
