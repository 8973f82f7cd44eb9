import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OVERFLOW_SOURCE, RefusalCap } from '../../server/audit/refusal-cap';
import { call } from '../support/server/answer';
import { startTestServer, type TestServer } from '../support/server/harness';

const MINUTE = 60_000;

describe('the cap on logged refusals', () => {
  it('logs a source’s first refusals of a minute, counts the rest and hands each count back once', () => {
    const cap = new RefusalCap(3);
    const start = 10 * MINUTE;
    const admitted = Array.from({ length: 10 }, (_, i) => cap.admit('198.51.100.7', start + i));
    expect(admitted.filter(Boolean)).toHaveLength(3);
    expect(cap.admit('203.0.113.9', start + 20)).toBe(true);
    expect(cap.drain(start + 30)).toEqual([]);
    const since = new Date(start).toISOString();
    expect(cap.drain(start + MINUTE)).toEqual([{ address: '198.51.100.7', since, dropped: 7 }]);
    expect(cap.drain(start + 2 * MINUTE)).toEqual([]);
    // A new minute starts the count again.
    expect(cap.admit('198.51.100.7', start + MINUTE + 1)).toBe(true);
  });

  it('keeps its memory bounded: sources past ten thousand in a minute share one count', () => {
    const cap = new RefusalCap(1);
    for (let i = 0; i < 10_000; i += 1) cap.admit(`10.0.${i >> 8}.${i & 255}`, 0);
    expect(cap.admit('192.0.2.1', 1)).toBe(true);
    expect(cap.admit('192.0.2.2', 2)).toBe(false);
    expect(cap.drain(MINUTE)).toEqual([
      { address: OVERFLOW_SOURCE, since: new Date(0).toISOString(), dropped: 1 },
    ]);
  });
});

describe('a flood of bad requests', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ LUMBUNG_AUDIT_REFUSALS_PER_MINUTE: '5' });
  });
  afterAll(() => server.stop());

  it('fills the audit log with no more than the cap, and the count of the rest is written', async () => {
    for (let i = 0; i < 20; i += 1)
      expect((await call(`${server.url}/api/v1/session`, { method: 'GET' })).status).toBe(401);
    const logged = await server.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'GET /api/v1/session'",
    );
    // Within one minute five are logged; a minute boundary between the requests allows five more.
    expect(logged[0]?.n).toBeGreaterThanOrEqual(5);
    expect(logged[0]?.n).toBeLessThanOrEqual(10);
    // Closing writes the current minute's count too.
    await server.app.close();
    const dropped = await server.db.query<{ detail: { dropped: number } }>(
      "SELECT detail FROM audit_log WHERE action = 'audit.refusalsDropped'",
    );
    const total = dropped.reduce((sum, row) => sum + row.detail.dropped, 0);
    expect(total + (logged[0]?.n ?? 0)).toBe(20);
  });
});
