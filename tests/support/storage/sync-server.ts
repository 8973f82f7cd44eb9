import { expect } from 'vitest';
import type { PushResponse } from '../../../src/domain/sync/push-answer';
import type { ServerClient } from '../../../src/features/sync/server-client';
import { serverClient } from '../../../src/features/sync/server-client';
import { defaultKeyring, deviceKey, reloadDeviceKey } from '../../../src/storage/keyring';
import { startTestServer, type TestServer } from '../server/harness';
import { TestOfficer } from '../server/officer';

/** The cooperative's server in this process, with a signed-in officer who issues enrolment codes. */
export interface SyncServer {
  server: TestServer;
  url: string;
  officer: TestOfficer;
  /** A new one-time enrolment code for the member, as the officer hands it over. */
  issueCode(memberNumber: string, memberName?: string): Promise<string>;
  stop(): Promise<void>;
}

/** Starts the server as the server tests do, and signs in an officer of its branch. */
export async function startSyncServer(): Promise<SyncServer> {
  const server = await startTestServer();
  await server.addOfficer({
    username: 'rina',
    password: 'rina-password',
    branch: 'Maumere',
    role: 'officer',
  });
  const officer = await TestOfficer.signIn(server.url, 'rina', 'rina-password');
  return {
    server,
    url: server.url.replace('localhost', '127.0.0.1'),
    officer,
    async issueCode(memberNumber, memberName = 'Maria Goreti') {
      const issued = await officer.send('POST', '/api/v1/enrolments', { memberNumber, memberName });
      expect(issued.status).toBe(201);
      return String(issued.body.code);
    },
    stop: () => server.stop(),
  };
}

/** Forgets this "phone's" device key, so the next request signs as a new phone. */
export async function becomeNewPhone(): Promise<void> {
  await defaultKeyring().keys.clear();
  reloadDeviceKey(defaultKeyring());
}

/** The app's client for this phone, signing with its device key. */
export const phoneClient = async (url: string): Promise<ServerClient> =>
  serverClient(url, (await deviceKey()).signer);

/** Every request a client makes, and a switch that loses answers (the phone offline or closed). */
export interface WatchedClient extends ServerClient {
  sent: { method: string; path: string; body: unknown }[];
  /** `offline`: nothing reaches the server; `lose-answers`: it arrives, its answer never does. */
  mode: 'online' | 'offline' | 'lose-answers';
}

/** Wraps a client to record requests and to fail them as the network would. */
export function watchedClient(inner: ServerClient): WatchedClient {
  const watched: WatchedClient = {
    origin: inner.origin,
    sent: [],
    mode: 'online',
    async request(method, path, body): Promise<PushResponse> {
      if (watched.mode === 'offline') return { status: 'network-failed' };
      watched.sent.push({ method, path, body });
      const answer = await inner.request(method, path, body);
      return watched.mode === 'lose-answers' ? { status: 'network-failed' } : answer;
    },
  };
  return watched;
}
