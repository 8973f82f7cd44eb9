import type { Row } from 'write-excel-file/universal';
import { capacitySource, madeAtWords, type StatementLabels, type StatementWord } from './labels';
import { PROFIT_AND_LOSS_LINES } from '../reports/compare';
import type { StatementFile } from './schema';
import { bold, clockCell, dateCell, money, monthCell, number, text } from './xlsx-cells';

/** Ringkasan: identity, profit and loss, cash flow, accounts, repayment capacity, discipline, key. */
export function summarySheet(file: StatementFile, code: string, labels: StatementLabels): Row[] {
  const s = file.statement;
  const p = s.profitAndLoss;
  const c = s.cashFlow;
  const r = s.repaymentCapacity;
  const d = s.discipline;
  const { word, figure } = labels;
  const field = (label: StatementWord, value: string): Row => [text(word(label)), text(value)];
  const day = (label: StatementWord, value: string): Row => [text(word(label)), dateCell(value)];
  const count = (label: StatementWord, value: number): Row => [text(word(label)), number(value)];
  return [
    [bold(word('title'))],
    field('businessName', s.business.name),
    field('owner', s.business.owner),
    field('memberNumber', s.business.memberNumber),
    field('cooperative', s.business.cooperative),
    field('branch', s.business.branch),
    field('period', labels.period(s.period)),
    day('from', s.period.from),
    day('to', s.period.to),
    field('createdAt', madeAtWords(labels, s.createdAt, s.business.timeZone)),
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
    ...d.warnings.map((w) => field('warning', labels.warning(w))),
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
    ...file.statement.months.map((m) => [monthCell(m.month), ...MONTH_COLUMNS.map((key) => money(m[key]))]),
  ];
}

/** What every kept record ends with, in the entries and the transfers sheets alike. */
const RECORD_TAIL: StatementWord[] = ['note', 'recordedAt', 'imported', 'id'];

/** A record's closing cells: its note, when it was recorded (on the book's clock), whether imported, its id. */
function recordTail(
  record: { note?: string; recordedAt: string; imported: boolean; id: string },
  zone: string,
  word: StatementLabels['word'],
): Row {
  return [
    text(record.note ?? ''),
    clockCell(record.recordedAt, zone),
    text(word(record.imported ? 'yes' : 'no')),
    text(record.id),
  ];
}

/** Catatan: every entry of the period. */
export function entriesSheet(file: StatementFile, labels: StatementLabels): Row[] {
  const { word } = labels;
  const zone = file.statement.business.timeZone;
  const head: StatementWord[] = [
    'date',
    'direction',
    'amount',
    'kind',
    'category',
    'account',
    ...RECORD_TAIL,
  ];
  return [
    head.map((key) => bold(word(key))),
    ...file.statement.entries.map((e) => [
      dateCell(e.date),
      text(word(e.direction)),
      money(e.amount),
      text(labels.kind[e.kind]),
      text(e.category),
      text(e.account),
      ...recordTail(e, zone, word),
    ]),
  ];
}

/** Pindah dana: every transfer of the period. */
export function transfersSheet(file: StatementFile, { word }: StatementLabels): Row[] {
  const zone = file.statement.business.timeZone;
  const head: StatementWord[] = ['date', 'amount', 'fromAccount', 'toAccount', ...RECORD_TAIL];
  return [
    head.map((key) => bold(word(key))),
    ...file.statement.transfers.map((t) => [
      dateCell(t.date),
      money(t.amount),
      text(t.from),
      text(t.to),
      ...recordTail(t, zone, word),
    ]),
  ];
}
