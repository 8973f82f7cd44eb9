import type { Cell, Row } from 'write-excel-file/universal';
import { capacitySource, type StatementLabels, type StatementWord } from './labels';
import { PROFIT_AND_LOSS_LINES } from '../reports/compare';
import type { StatementFile } from './schema';

/** The number format of money cells: whole Rupiah with thousands separators. */
const RUPIAH = '#,##0';

const money = (value: number): Cell => ({ value, type: Number, format: RUPIAH });
const bold = (value: string): Cell => ({ value, type: String, fontWeight: 'bold' });
const text = (value: string): Cell => ({ value, type: String });
const number = (value: number): Cell => ({ value, type: Number });

/** Ringkasan: identity, profit and loss, cash flow, accounts, repayment capacity, discipline, key. */
export function summarySheet(file: StatementFile, code: string, labels: StatementLabels): Row[] {
  const s = file.statement;
  const p = s.profitAndLoss;
  const c = s.cashFlow;
  const r = s.repaymentCapacity;
  const d = s.discipline;
  const { word, figure } = labels;
  const field = (label: StatementWord, value: string): Row => [text(word(label)), text(value)];
  const count = (label: StatementWord, value: number): Row => [text(word(label)), number(value)];
  return [
    [bold(word('title'))],
    field('businessName', s.business.name),
    field('owner', s.business.owner),
    field('memberNumber', s.business.memberNumber),
    field('cooperative', s.business.cooperative),
    field('branch', s.business.branch),
    field('period', labels.period(s.period)),
    field('from', s.period.from),
    field('to', s.period.to),
    field('createdAt', s.createdAt),
    field('statementId', s.id),
    field('statementCode', code),
    field('fingerprint', file.signature.fingerprint),
    [],
    [bold(word('profitLoss'))],
    ...PROFIT_AND_LOSS_LINES.map((key) => [text(figure[key]), money(p[key])]),
    [],
    [bold(word('byCategory')), bold(word('amount')), bold(word('kind'))],
    ...p.byCategory.map((line) => [text(line.category), money(line.amount), text(labels.kind[line.kind])]),
    [],
    [bold(word('cashFlow'))],
    ...(['openingBalance', 'operating', 'investing', 'financing', 'closingBalance'] as const).map((key) => [
      text(figure[key]),
      money(c[key]),
    ]),
    [],
    [bold(word('accounts')), bold(word('balance'))],
    ...c.accounts.map((a) => [text(a.name), money(a.balance)]),
    [],
    [bold(word('capacity'))],
    [text(word('sheetM')), money(r.averageNetProfit)],
    [
      text(word('sheetH')),
      money(r.householdCosts),
      text(capacitySource(labels, r.householdCostsSource, 'sourcePrive')),
    ],
    [
      text(word('sheetI')),
      money(r.existingInstalments),
      text(capacitySource(labels, r.existingInstalmentsSource, 'sourcePokok')),
    ],
    [text(word('sheetR')), number(r.ratio)],
    [text(word('rpc')), money(r.rpc)],
    [],
    [bold(word('discipline'))],
    count('activeDays', d.activeDays),
    count('daysInPeriod', d.daysInPeriod),
    count('longestGapDays', d.longestGapDays),
    count('medianLagDays', d.medianLagDays),
    count('backdatedShare', d.backdatedShare),
    count('corrections', d.corrections),
    count('importedShare', d.importedShare),
    ...d.warnings.map((w) => field('warning', w.code)),
  ];
}

/** The figures of the months sheet, one column each. */
export const MONTH_COLUMNS = [
  'revenue',
  'cogs',
  'grossProfit',
  'operatingExpenses',
  'otherIncome',
  'otherExpenses',
  'netProfit',
  'cashIn',
  'cashOut',
  'closingBalance',
] as const;

/** Bulanan: one row per month, one column per figure. */
export function monthsSheet(file: StatementFile, labels: StatementLabels): Row[] {
  return [
    [bold(labels.word('month')), ...MONTH_COLUMNS.map((key) => bold(labels.figure[key]))],
    ...file.statement.months.map((m) => [text(m.month), ...MONTH_COLUMNS.map((key) => money(m[key]))]),
  ];
}

/** Catatan: every entry of the period. */
export function entriesSheet(file: StatementFile, { word }: StatementLabels): Row[] {
  const head: StatementWord[] = [
    'date',
    'direction',
    'amount',
    'kind',
    'category',
    'account',
    'note',
    'recordedAt',
    'imported',
    'id',
  ];
  return [
    head.map((key) => bold(word(key))),
    ...file.statement.entries.map((e) => [
      text(e.date),
      text(word(e.direction)),
      money(e.amount),
      text(e.kind),
      text(e.category),
      text(e.account),
      text(e.note ?? ''),
      text(e.recordedAt),
      text(word(e.imported ? 'yes' : 'no')),
      text(e.id),
    ]),
  ];
}

/** Pindah dana: every transfer of the period. */
export function transfersSheet(file: StatementFile, { word }: StatementLabels): Row[] {
  const head: StatementWord[] = [
    'date',
    'amount',
    'fromAccount',
    'toAccount',
    'note',
    'recordedAt',
    'imported',
    'id',
  ];
  return [
    head.map((key) => bold(word(key))),
    ...file.statement.transfers.map((t) => [
      text(t.date),
      money(t.amount),
      text(t.from),
      text(t.to),
      text(t.note ?? ''),
      text(t.recordedAt),
      text(word(t.imported ? 'yes' : 'no')),
      text(t.id),
    ]),
  ];
}
