import type { VerdictReason } from '../domain/statement/reasons';
import { FIGURE_KEYS } from './figure-keys';
import { formatBusinessDate } from './format-date';
import { formatDecimal, formatShare } from './format-number';
import type { MessageKey } from './id';
import { problemMessage, translate, type Language, type MessageParams } from './translate';

/** The sentence of each reason that passed. */
const PASSED: Readonly<Record<string, MessageKey>> = {
  'signature.valid': 'verify.reason.signatureValid',
  'figures.consistent': 'verify.reason.figuresConsistent',
  'key.registered': 'verify.reason.keyRegistered',
};

/** What each figure is called on the statement the officer reads, repayment and discipline too. */
const FIGURES: Readonly<Record<string, MessageKey>> = {
  ...FIGURE_KEYS,
  averageNetProfit: 'statement.capacity.m',
  householdCosts: 'statement.capacity.h',
  existingInstalments: 'statement.capacity.i',
  ratio: 'statement.capacity.r',
  rpc: 'verify.figure.rpc',
  activeDays: 'statement.discipline.activeDays',
  daysInPeriod: 'verify.figure.daysInPeriod',
  longestGapDays: 'statement.discipline.longestGap',
  medianLagDays: 'statement.discipline.medianLag',
  backdatedShare: 'statement.discipline.backdated',
  corrections: 'statement.discipline.corrections',
  importedShare: 'statement.discipline.imported',
  categoryAmount: 'verify.figure.categoryAmount',
  accountBalance: 'verify.figure.accountBalance',
  months: 'verify.figure.months',
  accounts: 'verify.figure.accounts',
  categories: 'statement.view.byCategory',
  warnings: 'verify.figure.warnings',
  source: 'verify.figure.source',
  positionOpening: 'verify.figure.positionOpening',
  positionClosing: 'verify.figure.positionClosing',
  creditTotal: 'verify.figure.creditTotal',
  creditContacts: 'verify.figure.creditContacts',
  creditAging: 'verify.figure.creditAging',
};

/** A `/2` figure's parts (a position's line, a debts side, an aging bucket) in the statement's words. */
const CREDIT_PARTS = ['line', 'side', 'bucket'] as const;

/** The label of each identity field. */
const IDENTITY: Readonly<Record<string, MessageKey>> = {
  name: 'book.name',
  owner: 'book.owner',
  memberNumber: 'book.memberNumber',
  cooperative: 'book.cooperative',
  branch: 'book.branch',
  type: 'book.businessType',
};

/** The parts of a statement, as its screen heads them. */
const SECTIONS: Readonly<Record<string, MessageKey>> = {
  business: 'statement.view.identity',
  period: 'statement.view.period',
  profitAndLoss: 'statement.view.profitLoss',
  cashFlow: 'statement.view.cashFlow',
  months: 'statement.view.months',
  repaymentCapacity: 'statement.view.capacity',
  discipline: 'statement.view.discipline',
  entries: 'statement.view.entries',
  transfers: 'transfer.title',
  envelope: 'verify.place.envelope',
};

/** The fields of a row or part, beside the figures and identity fields. */
const FIELDS: Readonly<Record<string, MessageKey>> = {
  amount: 'entry.amount',
  date: 'entry.date',
  account: 'entry.account',
  note: 'entry.note',
  category: 'statement.view.category',
  month: 'statement.view.month',
  createdAt: 'statement.view.createdAt',
  id: 'statement.view.id',
};

/** What kind of fault a schema issue is. */
const ISSUES: Readonly<Record<string, MessageKey>> = {
  invalid_type: 'verify.issue.type',
  too_big: 'verify.issue.tooBig',
  too_small: 'verify.issue.tooSmall',
  unrecognized_keys: 'verify.issue.unknownKeys',
};

/** A place in a statement as the officer reads it: "Catatan, baris 4, Jumlah". */
function placeOf(language: Language, params: MessageParams): string {
  const say = (key: MessageKey | undefined) => (key === undefined ? null : translate(language, key));
  const section = say(SECTIONS[String(params.section)]);
  const row = params.row === undefined ? null : translate(language, 'verify.place.row', { row: params.row });
  const name = String(params.field);
  const field = say(FIELDS[name] ?? IDENTITY[name] ?? FIGURES[name]);
  const place = [section, row, field].filter((p) => p !== null).join(', ');
  return place || translate(language, 'verify.figure.other');
}

/** "Isi laporan tidak sesuai format: Catatan, baris 4, Jumlah (terlalu besar…)." */
const schemaMessage = (language: Language, params: MessageParams): string =>
  translate(language, 'verify.reason.schema', {
    place: placeOf(language, params),
    issue: translate(language, ISSUES[String(params.issue)] ?? 'verify.issue.value'),
  });

/** Parameters that hold a business date, shown as the officer reads dates. */
const DATES = new Set(['from', 'to', 'date', 'recordedOn', 'madeOn']);

function figureValue(value: string | number | undefined, unit: unknown, language: Language): string {
  // Rupiah come already written out (`Rp 90.000`), as every language shows them.
  if (typeof value !== 'number') return String(value ?? '—');
  return unit === 'share' ? formatShare(value, language) : formatDecimal(value, language);
}

/** "Laba bersih Maret 2026 tertulis Rp 90.000, hasil hitung Rp 70.000." */
function mismatchMessage(language: Language, params: MessageParams): string {
  const key = FIGURES[String(params.figure)] ?? 'verify.figure.other';
  const named = { ...params };
  for (const part of CREDIT_PARTS)
    if (typeof params[part] === 'string')
      named[part] = translate(language, `statementCredit.${params[part]}` as MessageKey);
  let figure = translate(language, key, named);
  if (typeof params.month === 'string')
    figure = `${figure} ${formatBusinessDate(params.month, language, 'month')}`;
  return translate(language, 'verify.reason.mismatch', {
    figure,
    stated: figureValue(params.stated, params.unit, language),
    computed: figureValue(params.computed, params.unit, language),
  });
}

/**
 * The sentence of a verdict's reason in a language: the officer's screen and the command line
 * both word reasons here, so they read the same. Dates, Rupiah and field names come out as a
 * person reads them, never as the file's paths.
 */
export function reasonMessage(language: Language, reason: VerdictReason): string {
  const passed = PASSED[reason.code];
  if (reason.ok && passed) return translate(language, passed);
  const params: MessageParams = { ...reason.params };
  if (reason.code === 'figures.mismatch' && typeof params.figure === 'string')
    return mismatchMessage(language, params);
  if (reason.code === 'schema.invalid' && typeof params.section === 'string')
    return schemaMessage(language, params);
  if (reason.code === 'file.duplicateKey' && typeof params.section === 'string')
    params.path = placeOf(language, params);
  for (const [name, value] of Object.entries(params))
    if (DATES.has(name) && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
      params[name] = formatBusinessDate(value, language);
  const field = IDENTITY[String(params.field)];
  if (reason.code.startsWith('identity.') && field) params.field = translate(language, field);
  return problemMessage(language, { code: reason.code, params });
}
