import { describe, expect, it } from 'vitest';
import { signStatement, statementJson } from '../../src/domain/statement';
import { verifyFile, type VerifyProgress } from '../../src/features/verify/verify-job';
import { busyShopStatement } from '../support/domain/busy-book';
import { testSigner } from '../support/domain/statement-fixture';

describe('progress while a statement is checked', () => {
  it('goes from reading to verifying, only forward, in whole percent, and ends at 100 % with the verdict', async () => {
    const json = statementJson(await signStatement(busyShopStatement(600), await testSigner()));
    const seen: VerifyProgress[] = [];
    const verification = await verifyFile(new Blob([json]), (progress) => seen.push(progress));
    expect(verification.verdict).toBe('genuine');
    expect(seen[0]).toEqual({ phase: 'read', percent: 0 });
    expect(seen.at(-1)).toEqual({ phase: 'verify', percent: 100 });
    const percents = seen.map((p) => p.percent);
    expect(percents.every((p, i) => Number.isInteger(p) && (i === 0 || p > (percents[i - 1] ?? 0)))).toBe(
      true,
    );
    const phases = seen.map((p) => p.phase);
    expect(phases.lastIndexOf('read')).toBeLessThan(phases.indexOf('verify'));
    expect(seen.length).toBeGreaterThan(3);
  });

  it('stops at the reading when the file is refused, with no verifying step', async () => {
    const seen: VerifyProgress[] = [];
    const verification = await verifyFile(new Blob(['not a statement']), (progress) => seen.push(progress));
    expect(verification.verdict).toBe('unreadable');
    expect(seen.some((p) => p.phase === 'verify' && p.percent === 100)).toBe(false);
  });
});
