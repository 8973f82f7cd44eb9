import type { Row } from 'write-excel-file/universal';
import type { CreditLabels, CreditWord } from './credit-labels';
import type { CreditStatement } from './credit-schema';
import type { StatementLabels } from './labels';
import { AGING_BUCKETS, POSITION_LINES, POSITION_TOTALS } from './credit-lines';
import { calkNotes } from './pdf-credit';
import { bold, dateCell, money, number, text } from './xlsx-cells';

/**
 * Posisi keuangan: the position at the period's start and end side by side, the three lines of HPP,
 * the stock counts the period used, and the CALK as numbered sentences.
 */
export function positionSheet(s: CreditStatement, c: CreditLabels): Row[] {
  const { opening, closing } = s.position;
  const p = s.profitAndLoss;
  const last = (key: CreditWord) => (POSITION_TOTALS.has(key) ? bold(c.word(key)) : text(c.word(key)));
  return [
    [bold(c.word('position'))],
    [bold(c.word('line')), bold(c.word('opening')), bold(c.word('closing'))],
    [text(''), dateCell(opening.date), dateCell(closing.date)],
    ...POSITION_LINES.map((key) => [last(key), money(opening[key]), money(closing[key])]),
    [],
    [text(c.word('purchases')), money(p.purchases)],
    [text(c.word('openingInventory')), money(p.openingInventory)],
    [text(c.word('closingInventory')), money(p.closingInventory)],
    [],
    [bold(c.word('stockCounts'))],
    ...(s.stockCounts.length === 0
      ? [[text(c.word('noStockCounts'))]]
      : s.stockCounts.map((count) => [
          dateCell(count.date),
          money(count.value),
          text(count.opening ? c.word('stockOpening', { date: c.date(count.date) }) : ''),
        ])),
    [],
    [bold(c.word('calk'))],
    ...calkNotes(c, s).map((note, i) => [number(i + 1), text(note)]),
  ];
}

/**
 * Piutang dan utang: both sides at the period's end by age with how many contacts owe, then the
 * items carried in from before the period, then the period's collections and payments.
 */
export function creditSheet(s: CreditStatement, c: CreditLabels, { word }: StatementLabels): Row[] {
  const sides = [s.receivables, s.payables];
  const due = (d: string | undefined) => (d === undefined ? text('') : dateCell(d));
  return [
    [bold(c.word('aging', { date: c.date(s.period.to) }))],
    [text(''), bold(c.word('receivables')), bold(c.word('payables'))],
    ...AGING_BUCKETS.map((bucket) => [
      text(c.word(bucket)),
      ...sides.map((side) => money(side.aging[bucket])),
    ]),
    [bold(c.word('agingSide')), ...sides.map((side) => money(side.total))],
    [text(c.word('contact')), ...sides.map((side) => number(side.contacts))],
    [],
    [bold(c.word('carried'))],
    [c.word('contact'), c.word('side'), word('date'), c.word('dueDate'), c.word('remaining')].map(bold),
    ...s.carried.map((item) => [
      text(item.contact),
      text(c.word(item.side)),
      dateCell(item.date),
      due(item.dueDate),
      money(item.remaining),
    ]),
    [],
    [bold(c.word('settlements'))],
    [c.word('contact'), c.word('side'), word('date'), word('account'), word('amount'), word('note')].map(
      bold,
    ),
    ...s.settlements.map((st) => [
      text(st.contact),
      text(c.word(st.type)),
      dateCell(st.date),
      text(st.account),
      money(st.amount),
      text(st.note ?? ''),
    ]),
  ];
}
