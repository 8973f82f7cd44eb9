/** Which way money moves in an entry. */
export type Direction = 'in' | 'out';

/** The kind (kelompok) of a category: fixes its direction and where it counts. */
export type CategoryKind =
  | 'pendapatan'
  | 'pendapatan_lain'
  | 'hpp'
  | 'beban'
  | 'beban_lain'
  | 'modal'
  | 'prive'
  | 'pinjaman_masuk'
  | 'angsuran_pokok'
  | 'beli_aset'
  | 'jual_aset';

/** The profit-and-loss line a kind feeds, or null for kinds outside profit and loss. */
export type ProfitAndLossLine = 'revenue' | 'cogs' | 'operatingExpenses' | 'otherIncome' | 'otherExpenses';

/** The cash-flow group a kind belongs to. */
export type CashFlowGroup = 'operating' | 'investing' | 'financing';

/** What a kind means for the arithmetic. */
export interface KindRule {
  direction: Direction;
  profitAndLoss: ProfitAndLossLine | null;
  cashFlow: CashFlowGroup;
}

/** The kinds of category, in the order of docs/domain.md#kinds-of-category. */
export const KIND_RULES: Readonly<Record<CategoryKind, KindRule>> = {
  pendapatan: { direction: 'in', profitAndLoss: 'revenue', cashFlow: 'operating' },
  pendapatan_lain: { direction: 'in', profitAndLoss: 'otherIncome', cashFlow: 'operating' },
  hpp: { direction: 'out', profitAndLoss: 'cogs', cashFlow: 'operating' },
  beban: { direction: 'out', profitAndLoss: 'operatingExpenses', cashFlow: 'operating' },
  beban_lain: { direction: 'out', profitAndLoss: 'otherExpenses', cashFlow: 'operating' },
  modal: { direction: 'in', profitAndLoss: null, cashFlow: 'financing' },
  prive: { direction: 'out', profitAndLoss: null, cashFlow: 'financing' },
  pinjaman_masuk: { direction: 'in', profitAndLoss: null, cashFlow: 'financing' },
  angsuran_pokok: { direction: 'out', profitAndLoss: null, cashFlow: 'financing' },
  beli_aset: { direction: 'out', profitAndLoss: null, cashFlow: 'investing' },
  jual_aset: { direction: 'in', profitAndLoss: null, cashFlow: 'investing' },
};

/** Every kind code, in the order of docs/domain.md#kinds-of-category. */
export const CATEGORY_KINDS = Object.keys(KIND_RULES) as CategoryKind[];

/** Whether the text is a kind code. */
export const isCategoryKind = (text: string): text is CategoryKind => Object.hasOwn(KIND_RULES, text);

/** The direction a kind fixes. */
export const directionOf = (kind: CategoryKind): Direction => KIND_RULES[kind].direction;

/** The kinds whose entries go the given way. */
export const kindsFor = (direction: Direction): CategoryKind[] =>
  CATEGORY_KINDS.filter((k) => KIND_RULES[k].direction === direction);
