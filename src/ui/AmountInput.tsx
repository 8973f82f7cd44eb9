import { useId, type Ref } from 'react';
import { formatThousands } from '../domain/money';
import './AmountInput.css';

/** Keeps only the digits a member typed, without leading zeros. */
export const digitsOf = (text: string): string => text.replace(/\D/g, '').replace(/^0+(?=\d)/, '');

/**
 * The amount field: a numeric keypad, `Rp` before it, and `1.250.000` formatting as the member
 * types. Its value is the digits only; parsing and refusals happen where the form is validated.
 */
export function AmountInput({
  ref,
  ...props
}: {
  label: string;
  digits: string;
  onChange: (digits: string) => void;
  error?: string | undefined;
  autoFocus?: boolean;
  ref?: Ref<HTMLInputElement>;
}) {
  const id = useId();
  const shown = props.digits === '' ? '' : formatThousands(Number(props.digits));
  return (
    <div className="field field-amount">
      <label htmlFor={id}>{props.label}</label>
      <div className="amount-box">
        <span aria-hidden="true">Rp</span>
        <input
          id={id}
          ref={ref}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          enterKeyHint="done"
          placeholder="0"
          maxLength={22}
          value={shown}
          autoFocus={props.autoFocus}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={props.error ? `${id}-error` : undefined}
          onChange={(event) => props.onChange(digitsOf(event.target.value).slice(0, 16))}
        />
      </div>
      {props.error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}
