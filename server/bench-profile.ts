import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

/**
 * Starts a CPU profile of this process when `BENCH_PROFILE` names a folder, for one phase alone
 * (the push, the intake from the app; `node --cpu-prof` covers the whole run: enrolment, the raw
 * reference, the back office).
 * Answers the function that stops it and writes `<name>.cpuprofile` there (nothing without it).
 */
export async function profilePhase(name: string): Promise<() => Promise<void>> {
  const folder = process.env.BENCH_PROFILE;
  if (folder === undefined || folder === '') return async () => {};
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(join(folder, `${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  };
}
