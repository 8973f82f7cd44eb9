import { useI18n } from '../../i18n/I18nProvider';
import { TextField } from '../../ui/TextField';

/** A ratio as typed: a whole percent from 1 to 100, or null. */
export function ratioOf(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= 1 && value <= 100 ? value : null;
}

/** A branch's repayment-capacity ratio, in whole percent, with its message while it is not one. */
export function RatioField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useI18n();
  return (
    <TextField
      label={t('office.branches.ratio')}
      value={value}
      inputMode="numeric"
      maxLength={3}
      autoComplete="off"
      onChange={(event) => onChange(event.target.value)}
      error={ratioOf(value) === null ? t('office.ratio.error') : undefined}
    />
  );
}
