import { ok, type Result } from '../../domain/result';
import { getSetting, setSetting, type LumbungDb } from '../../storage';
import { listSyncLinks } from '../../storage/lazy';
import { enrolDevice, type ServerCallProblem } from './server-calls';
import type { ServerClient } from './server-client';

/** Where the member a device enrolled as at a server is kept, for a later start on this phone. */
const memberSetting = (origin: string): string => `syncMember:${origin}`;

/**
 * Enrols this device with the code. A device the server already knows (this phone syncs another
 * book there, or began a restore before) keeps the member it enrolled as, as this phone recorded it.
 */
export async function enrolOrKnown(
  db: LumbungDb,
  client: ServerClient,
  code: string,
): Promise<Result<{ memberNumber: string }, ServerCallProblem>> {
  const enrolled = await enrolDevice(client, code);
  if (enrolled.ok) {
    await setSetting(db, memberSetting(client.origin), enrolled.value.memberNumber);
    return enrolled;
  }
  if (enrolled.errors[0]?.params?.server !== 'device.exists') return enrolled;
  const kept = await getSetting(db, memberSetting(client.origin));
  if (typeof kept === 'string') return ok({ memberNumber: kept });
  const linked = (await listSyncLinks(db)).find((link) => link.origin === client.origin);
  return linked ? ok({ memberNumber: linked.memberNumber }) : enrolled;
}
