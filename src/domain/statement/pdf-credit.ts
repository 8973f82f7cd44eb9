import { formatRupiah } from '../money';
import type { CreditLabels, CreditWord } from './credit-labels';
import type { CreditStatement, StatementPosition } from './credit-schema';
import { AGING_BUCKETS, POSITION_GROUPS } from './credit-lines';
import { CONTENT_WIDTH, INK, MARGIN, type PdfCursor } from './pdf-layout';

const VALUE = 110;
const LABEL = CONTENT_WIDTH - 2 * VALUE;

/** A label and up to two amounts in Rupiah, right-aligned in their columns; totals in bold. */
function line(cursor: PdfCursor, label: string, amounts: readonly number[], bold = false, indent = 0): void {
  cursor.row([
    { text: label, x: MARGIN.left + indent, width: LABEL - indent, bold },
    ...amounts.map((a, i) => ({
      text: formatRupiah(a),
      x: MARGIN.left + LABEL + i * VALUE,
      width: VALUE,
      align: 'right' as const,
      bold,
    })),
  ]);
}

/** HPP's three lines, then the position at the start and the end of the period side by side. */
export function drawPosition(cursor: PdfCursor, c: CreditLabels, s: CreditStatement): void {
  const p = s.profitAndLoss;
  cursor.heading(c.word('position'), 220);
  line(cursor, c.word('purchases'), [p.purchases]);
  line(cursor, c.word('openingInventory'), [p.openingInventory]);
  line(cursor, c.word('closingInventory'), [p.closingInventory]);
  cursor.gap(6);
  const { opening, closing } = s.position;
  cursor.row(
    [opening, closing].map((pos, i) => ({
      text: c.word('positionAt', { date: c.date(pos.date) }),
      x: MARGIN.left + LABEL + i * VALUE,
      width: VALUE,
      align: 'right' as const,
      color: INK.muted,
    })),
  );
  const both = (key: keyof StatementPosition & CreditWord) => [opening[key], closing[key]] as number[];
  for (const group of POSITION_GROUPS) {
    for (const key of group.lines) line(cursor, c.word(key), both(key), false, 14);
    line(cursor, c.word(group.total), both(group.total), true);
  }
}

/** Receivables and payables at the period's end by age, side by side, with how many contacts owe. */
export function drawAging(cursor: PdfCursor, c: CreditLabels, s: CreditStatement): void {
  cursor.heading(c.word('aging', { date: c.date(s.period.to) }), 140);
  const sides = [s.receivables, s.payables];
  cursor.row(
    (['receivables', 'payables'] as const).map((w, i) => ({
      text: c.word(w),
      x: MARGIN.left + LABEL + i * VALUE,
      width: VALUE,
      align: 'right' as const,
      bold: true,
    })),
  );
  for (const bucket of AGING_BUCKETS)
    line(
      cursor,
      c.word(bucket),
      sides.map((side) => side.aging[bucket]),
      false,
      14,
    );
  line(
    cursor,
    c.word('agingSide'),
    sides.map((side) => side.total),
    true,
  );
  cursor.row(
    sides.map((side, i) => ({
      text: c.word('contacts', { count: side.contacts }),
      x: MARGIN.left + LABEL + i * VALUE,
      width: VALUE,
      align: 'right' as const,
      color: INK.muted,
    })),
  );
}

/** The stock counts the period's HPP uses: the latest before it and each one in it. */
export function drawStockCounts(cursor: PdfCursor, c: CreditLabels, s: CreditStatement): void {
  cursor.heading(c.word('stockCounts'), 60);
  if (s.stockCounts.length === 0) cursor.paragraph(c.word('noStockCounts'));
  for (const count of s.stockCounts) {
    const day = c.date(count.date);
    line(cursor, count.opening ? c.word('stockOpening', { date: day }) : day, [count.value], false, 14);
  }
}

/** The sentences of the CALK: basis, recognition, stock, assets, what is outside P&L, contacts, last count. */
export function calkNotes(c: CreditLabels, s: CreditStatement): string[] {
  const last = s.stockCounts.at(-1);
  return [
    c.word('calkBasis'),
    c.word('calkRecognition'),
    c.word('calkStock'),
    c.word('calkAssets'),
    c.word('calkOutside'),
    c.word('calkContacts', { debtors: s.receivables.contacts, creditors: s.payables.contacts }),
    last ? c.word('calkLastCount', { date: c.date(last.date) }) : c.word('calkNoCount'),
    ...(s.contactsNamed ? [] : [c.word('calkPseudonyms')]),
  ];
}

/** The CALK as numbered sentences. */
export function drawCalk(cursor: PdfCursor, c: CreditLabels, s: CreditStatement): void {
  cursor.heading(c.word('calk'), 80);
  calkNotes(c, s).forEach((note, i) => cursor.paragraph(`${i + 1}. ${note}`, {}, 0));
}
