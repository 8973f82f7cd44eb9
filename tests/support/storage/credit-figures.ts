import { buildReport } from '../../../src/domain/reports/report';
import { creditOverview, positionAt, reportInput, type LumbungDb } from '../../../src/storage';

/** The figures a member sees of a period: laba rugi, arus kas, both positions and the aging at its end. */
export async function creditFigures(db: LumbungDb, bookId: string, from: string, to: string) {
  const report = buildReport({ from, to, ...(await reportInput(db, bookId, from, to)) });
  const dayBefore = new Date(Date.parse(`${from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const overview = await creditOverview(db, bookId, to);
  const side = (s: typeof overview.receivable) => ({ total: s.total, contacts: s.contacts, aging: s.aging });
  return {
    // Category ids differ from book to book; the names and amounts are what the member reads.
    profitAndLoss: {
      ...report.profitAndLoss,
      byCategory: report.profitAndLoss.byCategory.map(({ categoryId: _, ...line }) => line),
    },
    inventory: report.inventory,
    cash: {
      openingBalance: report.cashFlow.openingBalance,
      closingBalance: report.cashFlow.closingBalance,
      accounts: Object.fromEntries(
        report.cashFlow.accounts.filter((a) => a.balance !== 0).map((a) => [a.name, a.balance]),
      ),
    },
    opening: await positionAt(db, bookId, dayBefore),
    closing: await positionAt(db, bookId, to),
    receivables: side(overview.receivable),
    payables: side(overview.payable),
  };
}
