import { randomUUID } from 'node:crypto';
import { canonicalMemberNumber } from '../../src/domain/member-number';
import { readStatementInput, verifyStatement } from '../../src/domain/statement';
import { loadStatementLabels } from '../../src/i18n/statement-labels';
import { auditAction } from '../audit/officer-action';
import { mayActOn, type Officer } from '../auth/officer';
import type { ServerContext } from '../context';
import { ApiError } from '../errors';
import type { FastifyRequest } from 'fastify';
import { splitEvidence, verdictAgainstMember } from './submit';
import { storedRevisions } from './stored-revisions';
import { witnessReport, type WitnessSummary } from './witness';
import { jsonbText } from '../db/jsonb';
import { storedWitnessReport } from './witness-storage';

/** What an officer uploads: a statement's JSON text (evidence beside it allowed) or a PDF's bytes. */
export type UploadedFile = { kind: 'json'; text: string } | { kind: 'pdf'; bytes: Uint8Array };

/** The signed envelope's JSON text, of a JSON file as sent or of the statement a PDF carries. */
async function envelopeText(input: string | Uint8Array): Promise<string> {
  if (typeof input === 'string') return input;
  const read = await readStatementInput(input);
  if (!read.ok) throw new ApiError(400, 'statement.unreadable');
  return JSON.stringify(read.json);
}

/**
 * Verifies a statement an officer received outside the app and files it under the member it
 * names, who must be registered in a branch the officer acts on (404 alike otherwise). The verdict
 * is against that member's registered devices; a PDF is read by the domain's bounded reader and its
 * pages drawn again in the app's words. The filing and its audit line are one transaction.
 */
export async function uploadStatement(
  ctx: ServerContext,
  request: FastifyRequest,
  officer: Officer,
  file: UploadedFile,
): Promise<{ id: string; verdict: 'genuine' | 'altered'; witnessed: WitnessSummary; memberNumber: string }> {
  const { input, evidence } =
    file.kind === 'pdf'
      ? { input: file.bytes, evidence: null }
      : (({ file: text, evidence: found }) => ({ input: text, evidence: found }))(splitEvidence(file.text));
  const read = await verifyStatement(input, { labels: await loadStatementLabels('id') });
  if (read.verdict === 'unreadable' || read.statement === null)
    throw new ApiError(400, 'statement.unreadable');
  const statement = read.statement;
  const memberNumber = canonicalMemberNumber(statement.business.memberNumber);
  const [member] =
    memberNumber === null
      ? []
      : await ctx.db.query<{ branch: string }>('SELECT branch FROM members WHERE member_number = $1', [
          memberNumber,
        ]);
  if (memberNumber === null || member === undefined || !mayActOn(officer, member.branch))
    throw new ApiError(404, 'member.notFound');
  const verification = await verdictAgainstMember(ctx, memberNumber, read, null);
  const verdict = verification.verdict === 'genuine' ? 'genuine' : 'altered';
  const report = await witnessReport(storedRevisions(ctx.db, memberNumber, evidence), statement, evidence);
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO statements (id, member_number, branch, device_thumbprint, verdict, period_from, period_to,
         fingerprint, problems, witnessed, witness_report, envelope, uploaded_by, source)
       VALUES ($1, $2, $3, NULL, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'officer')`,
      [
        id,
        memberNumber,
        member.branch,
        verdict,
        statement.period.from,
        statement.period.to,
        verification.fingerprint,
        jsonbText(verification.problems),
        jsonbText(report.summary),
        storedWitnessReport(report.records),
        await envelopeText(input),
        officer.username,
      ],
    );
    await auditAction(tx, request, officer, 'statement.upload', id, {
      member: memberNumber,
      verdict,
      kind: file.kind,
    });
  });
  return { id, verdict, witnessed: report.summary, memberNumber };
}
