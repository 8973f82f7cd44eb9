import { firstDayOf, monthOf, type BusinessDate } from '../../domain/dates';
import type { PeriodPreset } from '../../domain/reports';
import { useI18n } from '../../i18n/I18nProvider';
import { ChoiceChips } from '../../ui/ChoiceChips';
import { TextField } from '../../ui/TextField';
import { PERIOD_PRESETS, type PeriodChoice } from './period-choice';

type Mode = PeriodPreset | 'month' | 'custom';

const modeOf = (choice: PeriodChoice): Mode => (choice.kind === 'preset' ? choice.preset : choice.kind);

/** Picks the report's period: a preset, one month, or a range of days. */
export function PeriodPicker({
  choice,
  today,
  error,
  onChange,
}: {
  choice: PeriodChoice;
  today: BusinessDate;
  error?: string | undefined;
  onChange: (choice: PeriodChoice) => void;
}) {
  const { t } = useI18n();
  const choose = (mode: Mode) => {
    if (mode === 'month') onChange({ kind: 'month', month: monthOf(today) });
    else if (mode === 'custom') onChange({ kind: 'custom', from: firstDayOf(monthOf(today)), to: today });
    else onChange({ kind: 'preset', preset: mode });
  };
  return (
    <div className="period-picker">
      <ChoiceChips<Mode>
        legend={t('reports.period')}
        name="period"
        options={[
          ...PERIOD_PRESETS.map((p) => ({ value: p, label: t(`reports.period.${p}`) })),
          { value: 'month', label: t('reports.period.month') },
          { value: 'custom', label: t('reports.period.custom') },
        ]}
        value={modeOf(choice)}
        onChange={choose}
      />
      {choice.kind === 'month' && (
        <TextField
          label={t('reports.period.monthField')}
          type="month"
          value={choice.month}
          onChange={(e) => e.target.value && onChange({ kind: 'month', month: e.target.value })}
        />
      )}
      {choice.kind === 'custom' && (
        <div className="date-range">
          <TextField
            label={t('reports.period.from')}
            type="date"
            value={choice.from}
            error={error}
            onChange={(e) => onChange({ ...choice, from: e.target.value })}
          />
          <TextField
            label={t('reports.period.to')}
            type="date"
            value={choice.to}
            onChange={(e) => onChange({ ...choice, to: e.target.value })}
          />
        </div>
      )}
    </div>
  );
}
