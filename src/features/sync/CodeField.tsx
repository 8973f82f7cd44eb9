import { TextField } from '../../ui/TextField';

/**
 * A code the member copies from paper or a screen (the officer's enrolment code, the recovery
 * code): shown in a fixed-width face, never completed or spell-checked by the keyboard.
 */
export function CodeField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <TextField
      label={label}
      className="mono"
      autoComplete="off"
      spellCheck={false}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
