import type { StockCountFields } from '../../domain/credit/records';
import type { BusinessDate } from '../../domain/dates';
import { isBusinessDate } from '../../domain/dates';

/** What the stock-count form holds while the member types: the value as digits. */
export interface CountDraft {
  date: string;
  digits: string;
  note: string;
}

/** A fresh draft for a count at the end of `today`. */
export const emptyCountDraft = (today: BusinessDate): CountDraft => ({ date: today, digits: '', note: '' });

/** The draft of a stored count, for editing it. */
export const draftOfCount = (fields: StockCountFields): CountDraft => ({
  date: fields.date,
  digits: String(fields.value),
  note: fields.note,
});

/** Which field a draft leaves unfilled, if any; the domain checks the rest (its value, its day among the others). */
export type DraftGap = 'date' | 'value' | null;

/** The fields a draft makes, or the field still to fill. Zero is a valid count: nothing was on hand. */
export function countFields(
  draft: CountDraft,
  opening: boolean,
): { ok: true; fields: StockCountFields } | { ok: false; gap: Exclude<DraftGap, null> } {
  if (!isBusinessDate(draft.date)) return { ok: false, gap: 'date' };
  if (draft.digits === '') return { ok: false, gap: 'value' };
  return { ok: true, fields: { date: draft.date, value: Number(draft.digits), note: draft.note, opening } };
}
