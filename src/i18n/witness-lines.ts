import type { WitnessCheck } from '../domain/statement/receipts';
import { formatBusinessDate } from './format-date';
import { translate, type Language } from './translate';

/**
 * What the server's receipts show, in plain sentences for the officer's screen and the command
 * line alike: how far the server had witnessed the book's chain, and whose key signed it.
 */
export function witnessLines(language: Language, witness: WitnessCheck): string[] {
  const lines: string[] = [];
  const { upTo } = witness;
  lines.push(
    upTo === null
      ? translate(language, 'verify.witness.none')
      : translate(language, 'verify.witness.upTo', {
          seq: upTo.seq,
          date: formatBusinessDate(upTo.date, language),
          count: witness.valid,
          recorded: witness.recordedBefore,
          total: witness.records,
        }),
  );
  const fingerprint = witness.serverFingerprint ?? '—';
  if (witness.serverKeyMatches === true)
    lines.push(translate(language, 'verify.witness.keyMatches', { fingerprint }));
  else if (witness.serverKeyMatches === null)
    lines.push(translate(language, 'verify.witness.keyUnchecked', { fingerprint }));
  return lines;
}
