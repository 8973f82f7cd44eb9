import { hash, verify } from '@node-rs/argon2';

// The package's algorithm is argon2id (its const enum is out of reach under verbatimModuleSyntax),
// at OWASP's baseline: 19 MiB, two passes, one lane.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** The argon2id hash (PHC string) of a password. */
export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

let dummy: Promise<string> | undefined;

/**
 * Whether `password` matches `stored`. With no stored hash (an unknown username) the same work is
 * done against a dummy hash, so the answer takes as long whether the user exists or not.
 */
export async function checkPassword(stored: string | undefined, password: string): Promise<boolean> {
  dummy ??= hashPassword('lumbung-dummy-password');
  const target = stored ?? (await dummy);
  const matches = await verify(target, password).catch(() => false);
  return stored !== undefined && matches;
}
