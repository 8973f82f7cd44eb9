import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/build-app';
import { readConfig, type ServerConfig } from '../../../server/config';
import type { Database } from '../../../server/db/database';
import { openDatabase } from '../../../server/db/open';
import { loadKeys, type ServerKeys } from '../../../server/keys';
import { addOfficer, type NewOfficer } from '../../../server/officers';
import { freshPostgresDatabase, TEST_POSTGRES_URL } from './database';

/** A server listening on a free loopback port, over a fresh database, and how to reach and stop it. */
export interface TestServer {
  url: string;
  app: FastifyInstance;
  db: Database;
  keys: ServerKeys;
  config: ServerConfig;
  /** Adds an officer straight to the database, as the command line does. */
  addOfficer(officer: NewOfficer): Promise<void>;
  stop(): Promise<void>;
}

/** Starts a server for one test file: PGlite in a temporary folder, or a new database on the test PostgreSQL. */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lumbung-server-'));
  const postgres = TEST_POSTGRES_URL === undefined ? undefined : await freshPostgresDatabase();
  const config = readConfig({
    LUMBUNG_DATA: dataDir,
    PORT: '0',
    LOG_LEVEL: 'silent',
    // The tests count every refusal they cause; the cap's own test sets it low.
    LUMBUNG_AUDIT_REFUSALS_PER_MINUTE: '1000000',
    ...(postgres ? { DATABASE_URL: postgres.url } : {}),
    ...env,
  });
  const keys = await loadKeys(config);
  const db = await openDatabase(config);
  const app = await buildApp({ config, keys, db });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    app,
    db,
    keys,
    config,
    async addOfficer(officer) {
      if (!(await addOfficer(db, officer))) throw new Error(`officer ${officer.username} exists`);
    },
    async stop() {
      await app.close();
      await db.close();
      await postgres?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
