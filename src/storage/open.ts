import { Dexie } from 'dexie';
import { LumbungDb } from './db';
import { LATEST_SCHEMA_VERSION } from './schema';

/** The outcome of opening the database: ready, or why the app cannot use it. */
export type OpenOutcome =
  { ok: true; db: LumbungDb } | { ok: false; reason: 'newer-version' | 'unavailable'; error: unknown };

/** Thrown (and returned) when the stored database was written by a newer app. */
export class NewerDatabaseError extends Error {
  constructor(readonly installed: number) {
    super(`database version ${installed} is newer than this app (${LATEST_SCHEMA_VERSION})`);
    this.name = 'NewerDatabaseError';
  }
}

/**
 * The installed schema version, or null when there is no database yet. Dexie 4 does not refuse a
 * newer database (it opens it as is, and may even patch its schema), so the app looks first,
 * read-only, without declaring any schema.
 */
async function installedVersion(name: string): Promise<number | null> {
  const listed = await listedVersion(name);
  if (listed !== undefined) return listed;
  const probe = new Dexie(name);
  try {
    await probe.open();
    return probe.verno;
  } catch (error) {
    if (error instanceof Dexie.NoSuchDatabaseError) return null;
    throw error;
  } finally {
    probe.close();
  }
}

/**
 * The installed version as the browser lists it, without opening anything (Dexie keeps ten native
 * versions per schema version); undefined where the list is unavailable, so the caller probes.
 */
async function listedVersion(name: string): Promise<number | null | undefined> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return undefined;
  try {
    const found = (await indexedDB.databases()).find((info) => info.name === name);
    if (!found) return null;
    return found.version ? found.version / 10 : undefined;
  } catch {
    return undefined;
  }
}

const isVersionError = (error: unknown) =>
  error instanceof Dexie.VersionError || (error instanceof Error && error.name === 'VersionError');

/** Opens (and upgrades) the app's database; a newer one is reported and left untouched. */
export async function openLumbungDb(name = 'lumbung'): Promise<OpenOutcome> {
  try {
    const installed = await installedVersion(name);
    if (installed !== null && installed > LATEST_SCHEMA_VERSION) {
      return { ok: false, reason: 'newer-version', error: new NewerDatabaseError(installed) };
    }
  } catch (error) {
    return { ok: false, reason: isVersionError(error) ? 'newer-version' : 'unavailable', error };
  }
  const db = new LumbungDb(name);
  try {
    await db.open();
  } catch (error) {
    db.close();
    return { ok: false, reason: isVersionError(error) ? 'newer-version' : 'unavailable', error };
  }
  return { ok: true, db };
}

/** How long the app waits for its unsaved work before letting another tab upgrade anyway. */
const SAVE_BEFORE_UPGRADE_MS = 5000;

/**
 * When another tab wants to upgrade (or delete) the database, first lets `save` store the unsaved
 * form through the normal verbs, then closes the database so the upgrade can go on. The UI reloads
 * afterwards. Returns the unsubscribe.
 */
export function onVersionChange(db: LumbungDb, save: () => Promise<void>): () => void {
  const listener = (): false => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, SAVE_BEFORE_UPGRADE_MS);
    });
    void Promise.race([Promise.resolve().then(save), timeout])
      .catch(() => undefined)
      .finally(() => {
        clearTimeout(timer);
        db.close();
      });
    // Returning false stops Dexie's own listener from closing the database at once.
    return false;
  };
  db.on('versionchange', listener);
  return () => db.on.versionchange.unsubscribe(listener);
}
