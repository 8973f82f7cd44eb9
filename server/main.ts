import { buildApp } from './build-app';
import { readConfig } from './config';
import { openDatabase } from './db/open';
import { loadKeys } from './keys';

/** Starts the server: configuration, secrets, the migrated database, then HTTP until SIGINT or SIGTERM. */
async function start(): Promise<void> {
  const config = readConfig();
  const keys = await loadKeys(config);
  const db = await openDatabase(config);
  const app = await buildApp({ config, keys, db });
  const stop = async () => {
    await app.close();
    await db.close();
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await app.listen({ host: config.host, port: config.port });
  app.log.info({ database: db.kind, receiptKey: keys.receiptFingerprint }, 'lumbung server ready');
}

await start();
