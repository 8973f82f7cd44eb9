import type { Id } from '../../domain/model';
import type { Result } from '../../domain/result';
import type { SignedStatement } from '../../domain/statement/documents';
import { witnessEvidenceText, withWitnessEvidence } from '../../domain/sync/witness-evidence';
import { z } from '../../domain/zod';
import type { LumbungDb } from '../../storage';
import { deviceKey, getSyncLink, statementWitness } from '../../storage/lazy';
import { callServer, type ServerCallProblem } from './server-calls';
import { serverClient } from './server-client';

/** The server's answer to a statement sent from the phone. */
const sentSchema = z.object({
  id: z.string(),
  verdict: z.enum(['genuine', 'altered']),
  witnessed: z.object({ total: z.number(), never: z.number() }),
});

/** What the cooperative said of a statement sent to it. */
export type StatementSent = z.infer<typeof sentSchema> & { withEvidence: boolean };

/**
 * Sends a signed statement to the cooperative's server the book syncs with. Unless the notes were
 * left out, the plaintext revisions that last recorded each listed record go beside it, so the
 * server can match them against the hashes it stored and say when each record already existed.
 * Without notes, no revision is shown (they would reveal the notes): every record counts as never
 * witnessed. The envelope's own bytes are sent unchanged, the evidence appended as `witness`, each
 * revision as the text its hash covers.
 */
export async function sendStatement(
  db: LumbungDb,
  bookId: Id,
  signed: SignedStatement,
): Promise<Result<StatementSent, ServerCallProblem>> {
  const link = await getSyncLink(db, bookId);
  if (!link) throw new Error('the book does not sync');
  const withEvidence = signed.statement.notesOmitted !== true;
  let body = signed.json;
  if (withEvidence) {
    const ids = [...signed.statement.entries, ...signed.statement.transfers].map((record) => record.id);
    const { revisions } = await statementWitness(db, bookId, ids);
    body = withWitnessEvidence(signed.json, witnessEvidenceText(bookId, revisions));
  }
  const client = serverClient(link.origin, (await deviceKey()).signer);
  const sent = await callServer(client, 'POST', '/statements', sentSchema, body);
  return sent.ok ? { ok: true, value: { ...sent.value, withEvidence } } : sent;
}
