import { formatRupiah } from '../money';
import { madeAtWords, type StatementLabels } from './labels';
import type { PdfCursor } from './pdf-layout';
import { CONTENT_WIDTH, INK, MARGIN } from './pdf-layout';
import type { Statement } from './schema';

const VALUE_WIDTH = 130;
const LABEL_WIDTH = CONTENT_WIDTH - VALUE_WIDTH;

/** A label and an amount in Rupiah on one line; totals in bold. */
function moneyLine(cursor: PdfCursor, label: string, amount: number, bold = false, indent = 0): void {
  cursor.row([
    { text: label, x: MARGIN.left + indent, width: LABEL_WIDTH - indent, bold },
    { text: formatRupiah(amount), x: MARGIN.left + LABEL_WIDTH, width: VALUE_WIDTH, align: 'right', bold },
  ]);
}

/** A label and a text value on one line. */
export function fieldLine(cursor: PdfCursor, label: string, value: string): void {
  cursor.row([
    { text: label, x: MARGIN.left, width: 130, color: INK.muted },
    { text: value, x: MARGIN.left + 130, width: CONTENT_WIDTH - 130 },
  ]);
}

/** Title and identity: business, owner, member number, cooperative, period, date made, id. */
export function drawIdentity(cursor: PdfCursor, labels: StatementLabels, s: Statement, code: string): void {
  const { word } = labels;
  cursor.gap(4);
  const title = word('title').toLocaleUpperCase(labels.locale);
  cursor.draw(title, MARGIN.left, cursor.y, { size: 15, bold: true });
  cursor.gap(20);
  const name = s.business.name || word('business');
  cursor.draw(name, MARGIN.left, cursor.y, { size: 13, bold: true }, CONTENT_WIDTH);
  cursor.gap(6);
  const b = s.business;
  fieldLine(cursor, word('owner'), b.owner || '-');
  fieldLine(cursor, word('memberNumber'), b.memberNumber || '-');
  fieldLine(cursor, word('cooperativeBranch'), [b.cooperative, b.branch].filter(Boolean).join(' / ') || '-');
  fieldLine(cursor, word('businessType'), b.type || '-');
  fieldLine(cursor, word('period'), labels.period(s.period));
  fieldLine(cursor, word('createdAt'), madeAtWords(labels, s.createdAt, b.timeZone));
  fieldLine(cursor, word('statementId'), s.id);
  fieldLine(cursor, word('statementCode'), code);
}

/** Laba rugi for the whole period, then the breakdown per category. */
export function drawProfitAndLoss(cursor: PdfCursor, labels: StatementLabels, s: Statement): void {
  const p = s.profitAndLoss;
  const { figure } = labels;
  cursor.heading(`1. ${labels.word('profitLossOf', { period: labels.period(s.period) })}`, 140);
  moneyLine(cursor, figure.revenue, p.revenue);
  moneyLine(cursor, figure.cogs, p.cogs);
  moneyLine(cursor, figure.grossProfit, p.grossProfit, true);
  moneyLine(cursor, figure.operatingExpenses, p.operatingExpenses);
  moneyLine(cursor, figure.operatingProfit, p.operatingProfit, true);
  moneyLine(cursor, figure.otherIncome, p.otherIncome);
  moneyLine(cursor, figure.otherExpenses, p.otherExpenses);
  moneyLine(cursor, figure.netProfit, p.netProfit, true);

  cursor.heading(labels.word('byCategory'), 40);
  let kind = '';
  for (const line of p.byCategory) {
    if (line.kind !== kind) {
      kind = line.kind;
      cursor.ensure(30);
      cursor.row([{ text: labels.kind[line.kind], x: MARGIN.left, width: LABEL_WIDTH, bold: true }]);
    }
    moneyLine(cursor, line.category, line.amount, false, 14);
  }
  if (p.byCategory.length === 0) cursor.paragraph(labels.word('noCategories'));
}

/** Arus kas: opening balance, the three groups, closing balance, and each account's closing balance. */
export function drawCashFlow(cursor: PdfCursor, labels: StatementLabels, s: Statement): void {
  const c = s.cashFlow;
  const { figure } = labels;
  cursor.heading(`3. ${labels.word('cashFlow')}`, 120);
  moneyLine(cursor, figure.openingBalance, c.openingBalance, true);
  moneyLine(cursor, figure.operating, c.operating);
  moneyLine(cursor, figure.investing, c.investing);
  moneyLine(cursor, figure.financing, c.financing);
  moneyLine(cursor, figure.closingBalance, c.closingBalance, true);
  cursor.gap(4);
  cursor.row([{ text: labels.word('accountsAtEnd'), x: MARGIN.left, width: LABEL_WIDTH, bold: true }]);
  for (const account of c.accounts) moneyLine(cursor, account.name, account.balance, false, 14);
}
