import type { InputHTMLAttributes } from 'react';
import { PIN_LENGTH } from '../../domain/lock/pin';
import { TextField } from '../../ui/TextField';

/** A PIN's field: hidden digits on the number pad, as long as a PIN may be, anything else dropped. */
export function PinField({
  label,
  error,
  value,
  onPin,
  ...input
}: {
  label: string;
  error?: string | undefined;
  value: string;
  /** The digits typed so far. */
  onPin: (digits: string) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'inputMode' | 'maxLength'>) {
  return (
    <TextField
      {...input}
      label={label}
      type="password"
      inputMode="numeric"
      maxLength={PIN_LENGTH.max}
      value={value}
      error={error}
      onChange={(event) => onPin(event.target.value.replace(/\D/g, ''))}
    />
  );
}
