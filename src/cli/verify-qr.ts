import { problemReason, verifyQrSummary, type VerifyOptions } from '../domain/statement';
import { reasonMessage } from '../i18n/verdict-reasons';
import type { Language } from '../i18n/translate';
import { say } from './messages';
import { EXIT_BY_VERDICT, type CommandResult } from './output';
import { isPicture, readQrPicture } from './qr-image';

/** Whether a file holds QR text rather than a statement: a `.txt`, or bytes that read as `LMB1.…`. */
export const isQrText = (path: string, bytes: Uint8Array): boolean =>
  /\.txt$/i.test(path) || new TextDecoder().decode(bytes.subarray(0, 16)).trimStart().startsWith('LMB1.');

/** The QR text a file carries: a picture's decoded QR code, or the file's text; null when a picture holds none. */
export function qrTextOf(bytes: Uint8Array): string | null {
  return isPicture(bytes) ? readQrPicture(bytes) : new TextDecoder().decode(bytes);
}

/** Verifies QR text (typed, read from a `.txt`, or decoded from a picture; null: none found) and words the result. */
export async function verifyQrCommand(
  text: string | null,
  options: VerifyOptions,
  language: Language = 'id',
): Promise<CommandResult> {
  const result = await verifyQrSummary(text ?? '', options);
  return {
    output: {
      verdict: result.verdict,
      source: 'qr',
      signatureValid: result.signatureValid,
      fingerprint: result.fingerprint,
      fingerprintMatches: result.fingerprintMatches,
      handover: result.handover && { valid: result.handover.valid, links: result.handover.links },
      statementCode: result.summary?.code ?? null,
      summary: result.summary,
      problems: result.problems.map((p) => ({
        ...p,
        message: reasonMessage(language, problemReason(p, null)),
      })),
      notice: say('cli.verify.qrNotice', undefined, language),
    },
    exitCode: EXIT_BY_VERDICT[result.verdict],
  };
}
