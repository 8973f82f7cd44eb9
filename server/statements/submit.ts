import { randomUUID } from 'node:crypto';
import { canonicalMemberNumber } from '../../src/domain/member-number';
import type { Problem } from '../../src/domain/result';
import { parseStrictJson } from '../../src/domain/strict-json';
import {
  verifyStatement,
  withExpectedFingerprint,
  type StatementVerification,
} from '../../src/domain/statement';
import type { Device } from '../auth/device';
import type { ServerContext } from '../context';
import { ApiError } from '../errors';
import { appendedEvidence, appendedParts } from './appended-evidence';
import type { Evidence, ReceivedEvidence } from './evidence';
import { readWitnessText } from './evidence-lines';
import { parseEvidence } from './evidence-check';
import { witnessReport, type WitnessSummary } from './witness';
import { jsonbText } from '../db/jsonb';
import { storedWitnessReport } from './witness-storage';
import { storedRevisions } from './stored-revisions';

/**
 * Whether a text may hold a member named `witness`: it shows the name, or writes some character as
 * an escape (`\u0077itness`). A file that does neither is the envelope alone, with no need to be
 * parsed here before the verifier parses it.
 */
const mayNameWitness = (text: string): boolean => text.includes('"witness"') || text.includes('\\u');

/**
 * A statement file as received: the envelope's text and any witness evidence beside it. The app's
 * evidence, appended last, is split off without parsing the whole text twice; any other shape is
 * parsed whole, strictly.
 */
export function splitEvidence(body: string): { file: string; evidence: ReceivedEvidence | null } {
  const text = body.replace(/^\uFEFF/, '');
  const appended = appendedEvidence(text);
  if (appended !== null)
    return { file: appended.envelope, evidence: checkedEvidence(appended.witness, appended.texts) };
  if (!mayNameWitness(text)) return { file: body, evidence: null };
  const parsed = parseStrictJson(text);
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null || !('witness' in parsed.value))
    return { file: body, evidence: null };
  const { witness, ...envelope } = parsed.value as Record<string, unknown>;
  return { file: JSON.stringify(envelope), evidence: checkedEvidence(witness) };
}

/** The evidence (with its revisions' texts as received, if kept), or 400 when it is not of the evidence's shape. */
function checkedEvidence(witness: unknown, texts?: readonly string[]): ReceivedEvidence {
  const evidence = parseEvidence(witness);
  if (!evidence.success) throw new ApiError(400, 'body.invalid');
  return received(evidence.data, texts);
}

/** An evidence with its revisions' texts as received, when they were kept. */
const received = (evidence: Evidence, texts?: readonly string[]): ReceivedEvidence =>
  texts === undefined ? evidence : { ...evidence, texts };

/** The verdict against the member: their number in the statement, and a key among their registered devices. */
const verdictForMember = (ctx: ServerContext, device: Device, verification: StatementVerification) =>
  verdictAgainstMember(ctx, device.memberNumber, verification, device.fingerprint);

/**
 * A verification judged against a member: the statement's member number must be theirs and its key
 * one of their registered, unrevoked devices (else it is compared with `fallback`, or found
 * unregistered when there is none).
 */
export async function verdictAgainstMember(
  ctx: ServerContext,
  memberNumber: string,
  verification: StatementVerification,
  fallback: string | null,
): Promise<StatementVerification> {
  const stated = verification.statement?.business.memberNumber ?? '';
  const problems: Problem[] = [];
  if (canonicalMemberNumber(stated) !== memberNumber)
    problems.push({
      code: 'member.mismatch',
      params: { stated: stated.slice(0, 40), member: memberNumber },
    });
  const registered = await ctx.db.query<{ fingerprint: string }>(
    'SELECT fingerprint FROM devices WHERE member_number = $1 AND revoked_at IS NULL',
    [memberNumber],
  );
  const match = registered.find((row) => row.fingerprint === verification.fingerprint);
  const expected = match?.fingerprint ?? fallback ?? registered[0]?.fingerprint;
  const checked =
    expected === undefined
      ? {
          ...verification,
          verdict: 'altered' as const,
          fingerprintMatches: false,
          problems: [
            ...verification.problems,
            { code: 'device.unregistered', params: { member: memberNumber } },
          ],
        }
      : withExpectedFingerprint(verification, expected);
  if (problems.length === 0) return checked;
  return { ...checked, verdict: 'altered', problems: [...checked.problems, ...problems] };
}

/**
 * A statement as the device sent it, verified, with its evidence and the stored revisions that
 * evidence may show (looked up while the envelope is verified). The app's shape is read in its two
 * parts, each parsed once: the evidence strictly, the envelope by the verifier. When the verifier
 * reads the envelope as a statement, the envelope is a strict JSON object of a statement's members
 * alone (`witness` not among them), so the parts say what the whole says (as `appendedEvidence`
 * requires); any other body is read whole by `splitEvidence`.
 */
async function receivedStatement(ctx: ServerContext, device: Device, body: string) {
  const parts = appendedParts(body.replace(/^\uFEFF/, ''));
  const witness = parts === null ? null : readWitnessText(parts.witness);
  if (parts !== null && witness?.ok) {
    const evidence = parseEvidence(witness.value);
    const stored = storedRevisions(ctx.db, device.memberNumber, evidence.success ? evidence.data : null);
    const [read] = await Promise.all([verifyStatement(parts.envelope), stored]);
    if (read.verdict !== 'unreadable') {
      if (!evidence.success) throw new ApiError(400, 'body.invalid');
      return { file: parts.envelope, evidence: received(evidence.data, witness.texts), read, stored };
    }
  }
  const { file, evidence } = splitEvidence(body);
  const read = await verifyStatement(file);
  return { file, evidence, read, stored: storedRevisions(ctx.db, device.memberNumber, evidence) };
}

/** Verifies and files a statement under the device's member, whatever its verdict; 400 when it is no statement. */
export async function submitStatement(
  ctx: ServerContext,
  device: Device,
  body: string,
): Promise<{ id: string; verdict: 'genuine' | 'altered'; witnessed: WitnessSummary }> {
  const { file, evidence, read, stored } = await receivedStatement(ctx, device, body);
  if (read.verdict === 'unreadable' || read.statement === null)
    throw new ApiError(400, 'statement.unreadable');
  const verification = await verdictForMember(ctx, device, read);
  const verdict = verification.verdict === 'genuine' ? 'genuine' : 'altered';
  const statement = read.statement;
  const report = await witnessReport(stored, statement, evidence);
  const id = randomUUID();
  await ctx.db.query(
    `INSERT INTO statements (id, member_number, branch, device_thumbprint, verdict, period_from, period_to,
       fingerprint, problems, witnessed, witness_report, envelope)
     SELECT $1, $2, m.branch, $3, $4, $5, $6, $7, $8, $9, $10, $11 FROM members m WHERE m.member_number = $2`,
    [
      id,
      device.memberNumber,
      device.thumbprint,
      verdict,
      statement.period.from,
      statement.period.to,
      verification.fingerprint,
      jsonbText(verification.problems),
      jsonbText(report.summary),
      storedWitnessReport(report.records),
      file,
    ],
  );
  return { id, verdict, witnessed: report.summary };
}
