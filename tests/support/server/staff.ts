import type { NewOfficer } from '../../../server/officers';
import type { TestServer } from './harness';
import { TestOfficer } from './officer';

/** Rina, an officer of Maumere, where the test members are. */
export const RINA: NewOfficer = {
  username: 'rina',
  password: 'rina-password',
  branch: 'Maumere',
  role: 'officer',
};
/** Budi, an officer of another branch (Ende). */
export const BUDI: NewOfficer = {
  username: 'budi',
  password: 'budi-password',
  branch: 'Ende',
  role: 'officer',
};
/** The cooperative's admin, at the head office. */
export const ADMIN: NewOfficer = {
  username: 'admin',
  password: 'admin-password',
  branch: 'Pusat',
  role: 'admin',
};

/** Adds the officers to the server, then signs each in; answers them in the order given. */
export async function addAndSignIn<T extends readonly NewOfficer[]>(
  server: TestServer,
  ...officers: T
): Promise<{ [K in keyof T]: TestOfficer }> {
  for (const officer of officers) await server.addOfficer(officer);
  const signedIn = await Promise.all(
    officers.map((o) => TestOfficer.signIn(server.url, o.username, o.password)),
  );
  // One signed-in officer for each officer given, in their order.
  return signedIn as { [K in keyof T]: TestOfficer };
}
