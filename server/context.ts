import type { ServerConfig } from './config';
import type { Database } from './db/database';
import type { ServerKeys } from './keys';

/** What every route works with: the database, the secrets and the configuration. */
export interface ServerContext {
  db: Database;
  keys: ServerKeys;
  config: ServerConfig;
}
