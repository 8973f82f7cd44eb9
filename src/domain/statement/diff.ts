import type { Problem } from '../result';

/** The most mismatches one comparison reports (a wholly rewritten file would list thousands). */
export const MAX_MISMATCHES = 50;

type Json = string | number | boolean | null | undefined | readonly Json[] | { readonly [key: string]: Json };

const shown = (value: Json): string | number =>
  typeof value === 'number' || typeof value === 'string'
    ? value
    : value === undefined
      ? '—'
      : JSON.stringify(value);

/**
 * Every leaf where `stated` and `computed` differ, as `figures.mismatch` problems naming the path
 * (`months.2.netProfit`) and both values; arrays of different lengths are reported once, by length.
 */
export function diffFigures(stated: Json, computed: Json, path = '', out: Problem[] = []): Problem[] {
  if (out.length >= MAX_MISMATCHES) return out;
  const mismatch = (s: string | number, c: string | number) =>
    out.push({ code: 'figures.mismatch', params: { field: path, stated: s, computed: c } });
  if (Array.isArray(stated) && Array.isArray(computed)) {
    if (stated.length !== computed.length)
      out.push({
        code: 'figures.mismatch',
        params: { field: `${path}.length`, stated: stated.length, computed: computed.length },
      });
    const n = Math.min(stated.length, computed.length);
    for (let i = 0; i < n; i++) diffFigures(stated[i], computed[i], `${path}.${i}`, out);
    return out;
  }
  if (isRecord(stated) && isRecord(computed)) {
    const keys = new Set([...Object.keys(computed), ...Object.keys(stated)]);
    for (const key of keys) diffFigures(stated[key], computed[key], path ? `${path}.${key}` : key, out);
    return out;
  }
  if (stated !== computed) mismatch(shown(stated), shown(computed));
  return out;
}

function isRecord(value: Json): value is { readonly [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
