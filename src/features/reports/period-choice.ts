import { monthOf, type BusinessDate, type BusinessMonth } from '../../domain/dates';
import {
  customPeriod,
  monthPeriod,
  presetPeriod,
  type Period,
  type PeriodPreset,
} from '../../domain/reports';
import { ok, type Problem, type Result } from '../../domain/result';

/** What the member picked: a preset, one month, or a range of days. */
export type PeriodChoice =
  | { kind: 'preset'; preset: PeriodPreset }
  | { kind: 'month'; month: BusinessMonth }
  | { kind: 'custom'; from: string; to: string };

/** The presets offered, in the order shown. */
export const PERIOD_PRESETS: readonly PeriodPreset[] = [
  'today',
  'thisWeek',
  'thisMonth',
  'lastMonth',
  'thisYear',
];

/** The choice the screen opens with. */
export const DEFAULT_CHOICE: PeriodChoice = { kind: 'preset', preset: 'thisMonth' };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The period a choice names, seen from today; a custom range is checked first. */
export function periodOf(choice: PeriodChoice, today: BusinessDate): Result<Period, Problem> {
  switch (choice.kind) {
    case 'preset':
      return ok(presetPeriod(choice.preset, today));
    case 'month':
      return ok(monthPeriod(MONTH.test(choice.month) ? choice.month : monthOf(today)));
    case 'custom':
      return customPeriod(choice.from, choice.to);
  }
}
