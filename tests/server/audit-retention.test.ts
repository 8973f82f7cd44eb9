import { afterAll, beforeAll, expect, it } from 'vitest';
import { pruneAudit } from '../../server/audit/retention';
import { startTestServer, type TestServer } from '../support/server/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ LUMBUNG_AUDIT_RETENTION_DAYS: '30' });
});
afterAll(() => server.stop());

it('removes audit lines older than the retention period and keeps the recent ones', async () => {
  const line = (days: number, action: string) =>
    server.db.query(
      `INSERT INTO audit_log (at, actor, branch, action, outcome, address)
       VALUES (now() - make_interval(days => $1), 'rina', 'Ende', $2, 'done', '127.0.0.1')`,
      [days, action],
    );
  await line(31, 'old');
  await line(29, 'recent');
  expect(await pruneAudit(server)).toBe(1);
  const left = await server.db.query<{ action: string }>(
    "SELECT action FROM audit_log WHERE action IN ('old', 'recent')",
  );
  expect(left.map((row) => row.action)).toEqual(['recent']);
});
