import { ok, type Result } from '../../domain/result';
import type { LumbungDb } from '../../storage';
import { listSyncLinks } from '../../storage/lazy';
import { enrolDevice, type ServerCallProblem } from './server-calls';
import type { ServerClient } from './server-client';

/**
 * Enrols this device with the code; a device the server already knows (this phone syncs another
 * book there) keeps the member it enrolled as, which its other book's link recorded.
 */
export async function enrolOrKnown(
  db: LumbungDb,
  client: ServerClient,
  code: string,
): Promise<Result<{ memberNumber: string }, ServerCallProblem>> {
  const enrolled = await enrolDevice(client, code);
  if (enrolled.ok || enrolled.errors[0]?.params?.server !== 'device.exists') return enrolled;
  const known = (await listSyncLinks(db)).find((link) => link.origin === client.origin);
  return known ? ok({ memberNumber: known.memberNumber }) : enrolled;
}
