import type { StatementFigure } from '../domain/statement/labels';
import type { MessageKey } from './id';

/** What each figure of a statement is called on the statement screen (and in the officer's reasons). */
export const FIGURE_KEYS: Readonly<Record<StatementFigure, MessageKey>> = {
  revenue: 'statement.figure.revenue',
  cogs: 'statement.figure.cogs',
  grossProfit: 'statement.figure.grossProfit',
  operatingExpenses: 'statement.figure.operatingExpenses',
  operatingProfit: 'statement.figure.operatingProfit',
  otherIncome: 'statement.figure.otherIncome',
  otherExpenses: 'statement.figure.otherExpenses',
  netProfit: 'statement.figure.netProfit',
  cashIn: 'statement.figure.cashIn',
  cashOut: 'statement.figure.cashOut',
  closingBalance: 'statement.figure.closingBalance',
  openingBalance: 'statement.figure.openingBalance',
  operating: 'statement.figure.operating',
  investing: 'statement.figure.investing',
  financing: 'statement.figure.financing',
};
