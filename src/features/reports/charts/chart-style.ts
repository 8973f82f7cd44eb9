import { formatRupiah, formatRupiahShort } from '../../../domain/money';

/** Colours of the series, dark enough to read in sunlight against white. */
export const CHART_COLOURS = {
  income: '#15803d',
  costs: '#b45309',
  net: '#1e3a8a',
  sales: '#15803d',
} as const;

/** What every chart shares: no animation on slow phones, no keyboard layer (the table is the accessible form). */
export const CHART_BASE = {
  accessibilityLayer: false,
  responsive: true,
  margin: { top: 8, right: 8, bottom: 0, left: 0 },
} as const;

/** Axis ticks in short Rupiah (`850rb`, `1,2jt`), small enough for 360 px. */
export const rupiahAxis = {
  tickFormatter: (value: number) => formatRupiahShort(value),
  tick: { fontSize: 12 },
  width: 52,
} as const;

/** Tooltip values in full Rupiah. */
export const rupiahTooltip = (value: unknown): string =>
  typeof value === 'number' ? formatRupiah(value) : String(value);
