import { sha256, signEs256, utf8 } from '../platform';
import { canonicalStatementJson } from './canonical-rows';
import { groupsOfFour, toBase32, toBase64url } from './encoding';
import { fingerprintOf, type StatementSigner } from './keys';
import { signQrSummary } from './qr-summary';
import { writeStatementFile, writtenStatement } from './written';
import { formatOf } from './credit-schema';
import type { Statement, StatementFile } from './schema';

/** UTF-8 of the RFC 8785 canonical form of a statement as a file holds it (full or compact). */
export const canonicalBytes = (written: unknown): Uint8Array => utf8(canonicalStatementJson(written));

/**
 * The bytes a statement's signature covers: the canonical form of `statement` in the form it is
 * written in (compact for a busy book, see `writtenStatement`).
 */
export const signedBytes = (statement: Statement): Uint8Array => canonicalBytes(writtenStatement(statement));

/**
 * The short statement code printed beside the QR code: SHA-256 of the signed bytes, base32, the
 * first 12 characters in groups of four (`ABCD-EFGH-IJKL`). It names one exact statement.
 * `bytes`: the statement's signed bytes when already computed.
 */
export async function statementCode(
  statement: Statement,
  bytes: Uint8Array = signedBytes(statement),
): Promise<string> {
  return groupsOfFour(toBase32(await sha256(bytes)).slice(0, 12));
}

/**
 * Signs a statement (ES256 over its canonical form, and over the QR summary its PDF prints) and wraps
 * it in the envelope of its format (`lumbung.statement/1`, or `/2` when it carries positions), with the signer's key handovers if it has any. `bytes`:
 * its signed bytes when already computed (canonicalising a big statement is slow); `code`: its
 * statement code, likewise.
 */
export async function signStatement(
  statement: Statement,
  signer: StatementSigner,
  bytes: Uint8Array = signedBytes(statement),
  code?: string,
): Promise<StatementFile> {
  const value = toBase64url(await signEs256(signer.privateKey, bytes));
  const qr = await signQrSummary(statement, code ?? (await statementCode(statement, bytes)), signer);
  return {
    // A `/2` statement is a `/1` one with more in it; the envelope names which it is.
    format: formatOf(statement) as StatementFile['format'],
    statement,
    signature: {
      alg: 'ES256',
      publicKey: signer.publicKey,
      fingerprint: await fingerprintOf(signer.publicKey),
      value,
      // A key made on a new phone carries the handovers from the phone the member registered.
      ...(signer.handovers?.length ? { handovers: [...signer.handovers] } : {}),
      qr,
    },
  };
}

/** The JSON file of a signed statement, as written to disk or sent (indented; the signature ignores layout). */
export const statementJson = (file: StatementFile): string => writeStatementFile(file);
