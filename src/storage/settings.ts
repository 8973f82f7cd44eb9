import type { LumbungDb } from './db';

/** A stored setting's value, or undefined when it was never set. */
export async function getSetting(db: LumbungDb, key: string): Promise<unknown> {
  return (await db.settings.get(key))?.value;
}

/** Stores a setting (any structured-cloneable value), replacing the old value. */
export async function setSetting(db: LumbungDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
