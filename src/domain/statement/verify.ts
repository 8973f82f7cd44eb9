import { verifyEs256, type CryptoKeyLike } from '../platform';
import type { Problem } from '../result';
import { envelopeSchemaOf } from './credit-verify';
import { fromBase64url } from './encoding';
import { withExpectedFingerprint } from './expected-key';
import { identityProblems } from './identity';
import { checkHandovers, type HandoverCheck } from './handover';
import { signedBytesOfFile } from './file-signed-bytes';
import { fingerprintOf, importPublicKey } from './keys';
import { checkWitness, type WitnessCheck } from './receipts';
import type { StatementLabels } from './labels';
import { readStatementInput, type StatementSource } from './read';
import { readStatementMember, type ReadMember } from './member';
import { rowChecks } from './row-checks';
import {
  STATEMENT_FORMAT,
  signatureSchema,
  statementSchema,
  type Statement,
  type StatementFile,
} from './schema';
import { canonicalBytes, statementCode } from './sign';

/** What a verification concludes. */
export type Verdict = 'genuine' | 'altered' | 'unreadable';

/** The outcome of verifying a statement file. */
export interface StatementVerification {
  /**
   * `genuine`: signature valid, identity canonical, plausible, figures consistent, and (when one
   * was expected) the expected key; `altered`: readable, but unsigned, signed wrongly, naming a
   * lookalike member, implausible, inconsistent, or by another key;
   * `unreadable`: no statement, not this format, or not a valid statement at all.
   */
  verdict: Verdict;
  signatureValid: boolean;
  figuresConsistent: boolean;
  /** The fingerprint of the key the file carries (computed from it, not copied from the file). */
  fingerprint: string | null;
  /** Whether that fingerprint is the expected one, or handed over from it; null when none was expected. */
  fingerprintMatches: boolean | null;
  /** What the server's receipts the statement carries show; null when it carries none. */
  witness: WitnessCheck | null;
  /** The key handovers the signature block carries, as checked; null when it carries none. */
  handover: HandoverCheck | null;
  /** The short code of the statement, as printed beside its QR code. */
  statementCode: string | null;
  problems: Problem[];
  statement: Statement | null;
  source: StatementSource | null;
}

/** What the officer may add: the fingerprint registered for the member. */
export interface VerifyOptions {
  expectedFingerprint?: string;
  /** The words the app draws its PDFs in: a PDF's pages are drawn again with them and compared. */
  labels?: StatementLabels;
  /** The fingerprint of the cooperative server's receipt key, which the receipts must be signed with. */
  serverFingerprint?: string;
  /** Told the share of the work done (0 to 1) after each step, for a progress bar. */
  onProgress?: (done: number) => void;
}

/**
 * The share of a busy shop's verification done after each step, as measured on one (`npm run
 * bench`): reading the JSON is the largest, then the schema, then the canonical bytes and signature.
 */
export const VERIFY_PROGRESS = { read: 0.3, envelope: 0.6, signature: 0.8, figures: 0.9 } as const;

const ENVELOPE_KEYS = new Set(['format', 'statement', 'signature']);
const MAX_SCHEMA_PROBLEMS = 20;

/** The verification of a file that holds no readable statement (or was refused before reading). */
export const unreadableVerification = (
  source: StatementSource | null,
  problems: Problem[],
): StatementVerification => ({
  verdict: 'unreadable',
  signatureValid: false,
  figuresConsistent: false,
  fingerprint: null,
  fingerprintMatches: null,
  witness: null,
  handover: null,
  statementCode: null,
  problems,
  statement: null,
  source,
});

/** The statement of an envelope (in the form it was signed in too), or the problems that make it unreadable. */
function readEnvelope(
  json: unknown,
  columnsAccepted: object | null,
): (ReadMember & { signature: unknown }) | Problem[] {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return [{ code: 'format.unknown' }];
  const envelope = json as Record<string, unknown>;
  // `/2` statements are read by their own schema; every other format is unknown.
  const schema =
    envelopeSchemaOf(envelope.format) ?? (envelope.format === STATEMENT_FORMAT ? statementSchema : null);
  if (schema === null)
    return [{ code: 'format.unknown', params: { format: String(envelope.format).slice(0, 60) } }];
  const extra = Object.keys(envelope).filter((k) => !ENVELOPE_KEYS.has(k));
  const problems: Problem[] = extra.map((key) => ({
    code: 'schema.invalid',
    params: { path: key, issue: 'unrecognized_keys' },
  }));
  // Full or compact: the compact form's rows are expanded, the signature covers what was read.
  const member = readStatementMember(envelope.statement, MAX_SCHEMA_PROBLEMS, schema, columnsAccepted);
  if (Array.isArray(member)) return [...problems, ...member];
  return problems.length > 0 ? problems : { ...member, signature: envelope.signature };
}

/** The signature block as read, its key imported and fingerprinted; or the one problem that stops it. */
type ReadSignature =
  | { ok: true; signature: StatementFile['signature']; key: CryptoKeyLike; fingerprint: string }
  | { ok: false; code: string };

/** Reads the signature block and imports its key (before the signed bytes exist: the platform does it meanwhile). */
async function readSignature(raw: unknown): Promise<ReadSignature> {
  if (raw === undefined) return { ok: false, code: 'signature.missing' };
  const parsed = signatureSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, code: 'signature.malformed' };
  const signature = parsed.data;
  try {
    const [key, fingerprint] = await Promise.all([
      importPublicKey(signature.publicKey),
      fingerprintOf(signature.publicKey),
    ]);
    return { ok: true, signature, key, fingerprint };
  } catch {
    return { ok: false, code: 'signature.badKey' };
  }
}

/**
 * Checks the signature block: the signature over the statement's signed bytes against the embedded key (`valid`),
 * and the stated fingerprint against the one computed from that key (a problem when they differ).
 * The platform starts verifying before this first waits, so the caller may check rows meanwhile.
 */
async function checkSignature(read: ReadSignature, bytes: Uint8Array) {
  if (!read.ok)
    return { valid: false, fingerprint: null, handover: null, problems: [{ code: read.code }] as Problem[] };
  const { signature, key, fingerprint } = read;
  let valid: boolean;
  try {
    valid = await verifyEs256(key, fromBase64url(signature.value) ?? new Uint8Array(), bytes);
  } catch {
    return { valid: false, fingerprint: null, handover: null, problems: [{ code: 'signature.badKey' }] };
  }
  const problems: Problem[] = [];
  if (!valid) problems.push({ code: 'signature.invalid' });
  if (fingerprint !== signature.fingerprint)
    problems.push({
      code: 'fingerprint.stated',
      params: { stated: signature.fingerprint, actual: fingerprint },
    });
  const handover = signature.handovers
    ? await checkHandovers(signature.handovers, signature.publicKey)
    : null;
  return { valid, fingerprint, handover, problems: [...problems, ...(handover?.problems ?? [])] };
}

/**
 * Verifies a statement file (JSON text or bytes, or a PDF carrying `statement.json`): the schema,
 * the signature against the embedded key, the stated fingerprint against that key, the identity's
 * canonical form, the plausibility rules, and every figure recomputed from the entries and transfers. A valid signature proves the file is unchanged since
 * that key signed it; it does not prove the entries are true.
 */
export async function verifyStatement(
  input: Uint8Array | string,
  options: VerifyOptions = {},
): Promise<StatementVerification> {
  const progress = options.onProgress ?? (() => undefined);
  const read = await readStatementInput(input);
  if (!read.ok) return unreadableVerification(read.source, [read.problem]);
  progress(VERIFY_PROGRESS.read);
  const envelope = readEnvelope(read.json, read.columnsAccepted);
  if (Array.isArray(envelope)) return unreadableVerification(read.source, envelope);
  const { statement } = envelope;
  progress(VERIFY_PROGRESS.envelope);

  const keyed = readSignature(envelope.signature);
  // Canonicalised once, for the signature and the statement code, in the form it was signed in;
  // rows the file already writes canonically are taken from its bytes.
  const bytes = signedBytesOfFile(read.bytes, read.json, envelope.signed) ?? canonicalBytes(envelope.signed);
  progress(VERIFY_PROGRESS.signature);
  // The platform hashes and verifies the bytes off this thread while the rows are checked here.
  const signing = checkSignature(await keyed, bytes);
  const coding = statementCode(statement, bytes);
  const rows = rowChecks(envelope.signed, statement);
  const figureProblems = rows.figures;
  progress(VERIFY_PROGRESS.figures);
  // Who it is from and whether the app could have made it: a forger's own key signs anything.
  const claims = [...identityProblems(statement), ...rows.plausibility];
  const [signature, code] = await Promise.all([signing, coding]);
  const witness = await checkWitness(statement, options);
  // pdf-lib and qrcode are loaded already when a PDF was read; the renderer comes with them.
  const pdf = read.pdf;
  const pages = pdf
    ? await import('./pdf-binding').then((m) =>
        m.checkReadPdf(pdf, statement, envelope.signature, code, options.labels),
      )
    : { unreadable: false, problems: [] };
  if (pages.unreadable) return unreadableVerification(read.source, pages.problems);
  const problems = [
    ...signature.problems,
    ...claims,
    ...figureProblems,
    ...(witness?.problems ?? []),
    ...pages.problems,
  ];
  const verification: StatementVerification = {
    verdict: problems.length === 0 ? 'genuine' : 'altered',
    signatureValid: signature.valid,
    figuresConsistent: figureProblems.length === 0,
    fingerprint: signature.fingerprint,
    fingerprintMatches: null,
    witness,
    handover: signature.handover,
    statementCode: code,
    problems,
    statement,
    source: read.source,
  };
  progress(1);
  const expected = options.expectedFingerprint;
  return expected === undefined ? verification : withExpectedFingerprint(verification, expected);
}
