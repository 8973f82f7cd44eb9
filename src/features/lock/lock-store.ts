import { isFailedTries, NO_FAILED_TRIES, type FailedTries } from '../../domain/lock/backoff';
import { isIdleMinutes, type IdleMinutes } from '../../domain/lock/idle';
import { isSecretHash, type SecretHash } from '../../domain/lock/secret-hash';
import { forgetFirstScreen } from '../home/first-screen';
import { LOCK_RECORD_KEY } from './lock-key';

/** A fingerprint (platform passkey) registered to open the book. */
export interface PasskeyRecord {
  /** The credential's raw id, hex. */
  id: string;
  /** Its ES256 public key as SubjectPublicKeyInfo, hex. */
  publicKey: string;
}

/** The lock as this device keeps it: hashes only, never the PIN or the recovery code. */
export interface LockRecord {
  pin: SecretHash;
  recovery: SecretHash;
  idle: IdleMinutes;
  passkey?: PasskeyRecord;
}

/*
 * The lock lives in the browser's local storage, apart from the book's database: backups copy the
 * database's settings, and a backup file must not carry the PIN's hash to wherever it is sent.
 * Reading it is synchronous, so the first screen knows at once whether to ask for the PIN.
 */
const RECORD_KEY = LOCK_RECORD_KEY;
const TRIES_KEY = 'lumbung.lock.tries';
const ACTIVE_KEY = 'lumbung.lock.activeAt';

const listeners = new Set<() => void>();
let cachedText: string | null = null;
let cachedRecord: LockRecord | null = null;

const read = (key: string): string | null => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};

const parse = (text: string | null): unknown => {
  try {
    return text === null ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
};

function isPasskey(value: unknown): value is PasskeyRecord {
  const v = value as Partial<PasskeyRecord> | null;
  return typeof v?.id === 'string' && typeof v.publicKey === 'string';
}

function toRecord(value: unknown): LockRecord | null {
  const v = value as Partial<LockRecord> | null;
  if (!v || !isSecretHash(v.pin) || !isSecretHash(v.recovery) || !isIdleMinutes(v.idle)) return null;
  const record: LockRecord = { pin: v.pin, recovery: v.recovery, idle: v.idle };
  return isPasskey(v.passkey) ? { ...record, passkey: v.passkey } : record;
}

/** The lock in force, or null when the book opens without a PIN (the same object until it changes). */
export function readLock(): LockRecord | null {
  const text = read(RECORD_KEY);
  if (text !== cachedText) {
    cachedText = text;
    cachedRecord = toRecord(parse(text));
  }
  return cachedRecord;
}

function changed(): void {
  for (const listener of listeners) listener();
}

/** Calls `listener` when the lock is set, changed or removed (here or in another tab). */
export function subscribeLock(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** Puts a lock in force (or changes its idle time or fingerprint). */
export function saveLock(record: LockRecord): void {
  localStorage.setItem(RECORD_KEY, JSON.stringify(record));
  // A locked book's figures must not wait in the page's storage to be shown before the PIN.
  forgetFirstScreen();
  changed();
}

/** Removes the lock: the book opens without a PIN again. */
export function removeLock(): void {
  localStorage.removeItem(RECORD_KEY);
  localStorage.removeItem(TRIES_KEY);
  changed();
}

/** The wrong PINs counted so far, kept so that a reload does not start the count afresh. */
export function readTries(): FailedTries {
  const value = parse(read(TRIES_KEY));
  return isFailedTries(value) ? value : NO_FAILED_TRIES;
}

/** Keeps the count of wrong PINs. */
export function saveTries(tries: FailedTries): void {
  localStorage.setItem(TRIES_KEY, JSON.stringify(tries));
}

/** When the member last used the app (epoch ms), 0 when unknown. */
export function lastActiveAt(): number {
  const value = Number(read(ACTIVE_KEY));
  return Number.isFinite(value) ? value : 0;
}

/** Notes that the member is using the app now. */
export function markActive(now: number): void {
  try {
    localStorage.setItem(ACTIVE_KEY, String(now));
  } catch {
    // Without storage the app simply locks at its next opening.
  }
}
