import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { TestDevice } from './device';
import type { TestOfficer } from './officer';

/** A new device of a member, enrolled with a code the officer issued. */
export async function enrolDevice(officer: TestOfficer, memberNumber: string, memberName = 'Anggota Uji') {
  const issued = await officer.send('POST', '/api/v1/enrolments', { memberNumber, memberName });
  expect(issued.status).toBe(201);
  const device = await TestDevice.create(officer.baseUrl);
  const enrolled = await device.send('POST', '/api/v1/devices', { code: issued.body.code });
  expect(enrolled.status).toBe(201);
  return device;
}

/** A revision as the phone pushes it. */
export interface WireRevision {
  seq: number;
  prevHash: string | null;
  hash: string;
  ciphertext: string;
}

const randomHash = () => randomBytes(32).toString('hex');

/** `count` revisions linked after `after` (the stored tip, or none), with random hashes and ciphertexts. */
export function chainAfter(
  after: Pick<WireRevision, 'seq' | 'hash'> | undefined,
  count: number,
  bytes = 200,
): WireRevision[] {
  const revisions: WireRevision[] = [];
  let previous = after;
  for (let i = 0; i < count; i += 1) {
    const revision = {
      seq: (previous?.seq ?? 0) + 1,
      prevHash: previous?.hash ?? null,
      hash: randomHash(),
      ciphertext: randomBytes(bytes).toString('base64url'),
    };
    revisions.push(revision);
    previous = revision;
  }
  return revisions;
}

/** The path of a book's revisions. */
export const revisionsPath = (bookId: string, query = '') => `/api/v1/books/${bookId}/revisions${query}`;
