import { profilePhase } from './bench-profile';
import { enrolWithCode, pushThroughApi, type BenchDevice, type PushLoad } from './bench-push';

// The bench's load generator, run as a child process of `server/bench.ts` so that its own work
// (signing a proof per push, building and sending the requests, reading the answers) is measured
// apart from the server's: both share the machine's cores, and each reports its CPU time.

/** What the bench asks of its load generator, over the IPC channel. */
export type LoadCommand =
  { kind: 'enrol'; url: string; codes: string[]; concurrency: number } | { kind: 'push'; load: PushLoad };

/** What the load generator answers. */
export type LoadReport =
  | { kind: 'enrolled' }
  | { kind: 'pushed'; seconds: number; latencies: number[]; cpuMs: number; peakRssMiB: number };

let devices: BenchDevice[] = [];
let serverUrl = '';

async function enrol(url: string, codes: readonly string[], concurrency: number) {
  const enrolled: BenchDevice[] = new Array<BenchDevice>(codes.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < codes.length; i = next++) enrolled[i] = await enrolWithCode(url, codes[i] ?? '');
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  devices = enrolled;
  serverUrl = url;
}

async function handle(command: LoadCommand): Promise<LoadReport> {
  if (command.kind === 'enrol') {
    await enrol(command.url, command.codes, command.concurrency);
    return { kind: 'enrolled' };
  }
  const cpu = process.cpuUsage();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const stopProfile = await profilePhase('push-load');
  const { seconds, latencies } = await pushThroughApi(serverUrl, devices, command.load);
  await stopProfile();
  clearInterval(sampler);
  const used = process.cpuUsage(cpu);
  const cpuMs = Math.round((used.user + used.system) / 1000);
  return { kind: 'pushed', seconds, latencies, cpuMs, peakRssMiB: Math.round(peak / 1024 / 1024) };
}

process.on('message', (command: LoadCommand) => {
  handle(command).then(
    (report) => process.send?.(report),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
