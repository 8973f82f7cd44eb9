import type { CategoryKind } from '../domain/kinds';
import type { StatementFigure, StatementLabels, StatementWord } from '../domain/statement/labels';
import { disciplineWarning } from './discipline-warning';
import { FIGURE_KEYS } from './figure-keys';
import { formatBusinessDate, formatMonthShort, formatWallClock } from './format-date';
import { formatDecimal, formatShare } from './format-number';
import type { MessageKey } from './id';
import { loadMessages, LOCALES, translate, type Language } from './translate';

// A word the statement screen also shows is that screen's message; the rest are the files' own.
const WORDS: Readonly<Record<StatementWord, MessageKey>> = {
  title: 'statementFile.title',
  documentTitle: 'statementFile.documentTitle',
  documentSubject: 'statementFile.documentSubject',
  attachment: 'statementFile.attachment',
  footer: 'statementFile.footer',
  business: 'statementFile.business',
  businessName: 'statementFile.businessName',
  owner: 'statementFile.owner',
  memberNumber: 'statementFile.memberNumber',
  cooperative: 'statementFile.cooperative',
  branch: 'statementFile.branch',
  cooperativeBranch: 'statementFile.cooperativeBranch',
  businessType: 'statementFile.businessType',
  period: 'statement.view.period',
  from: 'statementFile.from',
  to: 'statementFile.to',
  createdAt: 'statement.view.createdAt',
  statementId: 'statement.view.id',
  statementCode: 'statement.export.code',
  fingerprint: 'statementFile.fingerprint',
  profitLoss: 'statement.view.profitLoss',
  profitLossOf: 'statementFile.profitLossOf',
  byCategory: 'statement.view.byCategory',
  noCategories: 'statementFile.noCategories',
  amount: 'statement.view.amount',
  kind: 'statementFile.kind',
  monthsTable: 'statementFile.monthsTable',
  month: 'statement.view.month',
  cashFlow: 'statement.view.cashFlow',
  accounts: 'statementFile.accounts',
  accountsAtEnd: 'statementFile.accountsAtEnd',
  balance: 'statementFile.balance',
  chart: 'statementFile.chart',
  chartCosts: 'statementFile.chartCosts',
  capacity: 'statement.view.capacity',
  capacityM: 'statementFile.capacityM',
  capacityH: 'statementFile.capacityH',
  capacityI: 'statementFile.capacityI',
  capacityR: 'statementFile.capacityR',
  rpcFormula: 'statementFile.rpcFormula',
  rpcHelp: 'statementFile.rpcHelp',
  perMonth: 'statementFile.perMonth',
  perMonthFrom: 'statementFile.perMonthFrom',
  sheetM: 'statementFile.sheetM',
  sheetH: 'statementFile.sheetH',
  sheetI: 'statementFile.sheetI',
  sheetR: 'statementFile.sheetR',
  rpc: 'statementFile.rpc',
  sourceMember: 'statement.source.member',
  sourcePrive: 'statement.source.prive',
  sourcePokok: 'statementFile.sourcePokok',
  discipline: 'statement.view.discipline',
  activeDays: 'statement.discipline.activeDays',
  activeDaysValue: 'statement.discipline.activeDaysValue',
  daysValue: 'statement.discipline.daysValue',
  daysInPeriod: 'statementFile.daysInPeriod',
  longestGap: 'statement.discipline.longestGap',
  longestGapDays: 'statementFile.longestGapDays',
  medianLag: 'statement.discipline.medianLag',
  medianLagDays: 'statementFile.medianLagDays',
  backdated: 'statement.discipline.backdated',
  backdatedShare: 'statementFile.backdatedShare',
  corrections: 'statementFile.corrections',
  correctionsValue: 'statementFile.correctionsValue',
  imported: 'statementFile.imported',
  importedValue: 'statementFile.importedValue',
  importedShare: 'statementFile.importedShare',
  warning: 'statementFile.warning',
  notes: 'statementFile.notes',
  noteCashBasis: 'statementFile.noteCashBasis',
  noteUnaudited: 'statementFile.noteUnaudited',
  noteOutsideProfit: 'statementFile.noteOutsideProfit',
  noteCapacity: 'statementFile.noteCapacity',
  noteSourcePrive: 'statementFile.noteSourcePrive',
  noteSourcePokok: 'statementFile.noteSourcePokok',
  noteOmitted: 'statementFile.noteOmitted',
  noteRows: 'statementFile.noteRows',
  verification: 'statementFile.verification',
  verificationSigned: 'statementFile.verificationSigned',
  verificationMatch: 'statementFile.verificationMatch',
  verificationProves: 'statementFile.verificationProves',
  sheetSummary: 'statementFile.sheetSummary',
  sheetMonths: 'statementFile.sheetMonths',
  sheetEntries: 'statementFile.sheetEntries',
  sheetTransfers: 'statementFile.sheetTransfers',
  date: 'statementFile.date',
  direction: 'statementFile.direction',
  category: 'statement.view.category',
  account: 'statementFile.account',
  note: 'statementFile.note',
  recordedAt: 'statementFile.recordedAt',
  id: 'statementFile.id',
  fromAccount: 'statementFile.fromAccount',
  toAccount: 'statementFile.toAccount',
  in: 'statementFile.in',
  out: 'statementFile.out',
  yes: 'statementFile.yes',
  no: 'statementFile.no',
  signatures: 'statementFile.signatures',
  signaturesNote: 'statementFile.signaturesNote',
  signatureMember: 'statementFile.signatureMember',
  signatureOfficer: 'statementFile.signatureOfficer',
  signatureName: 'statementFile.signatureName',
  signatureDate: 'statementFile.signatureDate',
};

// The files name HPP in full, as the reports screen does; the statement screen's table says "HPP".
// The words are the files' own, so they are here whether or not the reports screen was opened.
const FIGURES: Readonly<Record<StatementFigure, MessageKey>> = {
  ...FIGURE_KEYS,
  cogs: 'statementFile.figure.cogs',
};

// A kind is named by the figure it adds to; the kinds outside profit and loss as the entry form names them.
const KINDS: Readonly<Record<CategoryKind, MessageKey>> = {
  pendapatan: 'statement.figure.revenue',
  pendapatan_lain: 'statement.figure.otherIncome',
  hpp: 'statementFile.figure.cogs',
  beban: 'statement.figure.operatingExpenses',
  beban_lain: 'statement.figure.otherExpenses',
  modal: 'kind.modal',
  prive: 'statementFile.kind.prive',
  pinjaman_masuk: 'kind.pinjaman_masuk',
  angsuran_pokok: 'kind.angsuran_pokok',
  beli_aset: 'kind.beli_aset',
  jual_aset: 'kind.jual_aset',
};

/** Each key of a table looked up in one language. */
function wordsOf<K extends string>(
  language: Language,
  keys: Readonly<Record<K, MessageKey>>,
): Record<K, string> {
  const entries = Object.entries<MessageKey>(keys).map(([name, key]) => [name, translate(language, key)]);
  return Object.fromEntries(entries) as Record<K, string>;
}

/**
 * The words and formats of a statement's PDF and workbook in one language (the files are in
 * Indonesian), once the statement's messages have loaded: see `loadStatementLabels`.
 */
export function statementLabels(language: Language): StatementLabels {
  const date = (d: string) => formatBusinessDate(d, language, 'dayFull');
  return {
    locale: LOCALES[language],
    word: (word, params) => translate(language, WORDS[word], params),
    figure: wordsOf(language, FIGURES),
    kind: wordsOf(language, KINDS),
    period: ({ from, to }) =>
      translate(language, 'statement.view.periodValue', { from: date(from), to: date(to) }),
    month: (month) => formatMonthShort(month, language),
    instant: (clock) => formatWallClock(clock, language),
    share: (share) => formatShare(share, language),
    decimal: (value) => formatDecimal(value, language),
    warning: (warning) => disciplineWarning(language, warning),
    credit: {
      word: (word, params) => translate(language, `statementCredit.${word}`, params),
      date,
    },
  };
}

/** Loads the statement's messages (a part of their own, not the first screen's), then its labels. */
export async function loadStatementLabels(language: Language): Promise<StatementLabels> {
  await loadMessages('statement');
  return statementLabels(language);
}
