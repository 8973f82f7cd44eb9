import { useId } from 'react';
import './ChoiceChips.css';

/** One choice among chips: native radios, so keyboards and screen readers know what they are. */
export function ChoiceChips<T extends string>(props: {
  legend: string;
  name: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  value: T | '';
  onChange: (value: T) => void;
  error?: string | undefined;
  extra?: React.ReactNode;
}) {
  const id = useId();
  return (
    <fieldset className="chips" aria-describedby={props.error ? `${id}-error` : undefined}>
      <legend>{props.legend}</legend>
      <div className="chip-row">
        {props.options.map((option) => (
          <label key={option.value} className={`chip${option.value === props.value ? ' chip-on' : ''}`}>
            <input
              type="radio"
              name={`${props.name}-${id}`}
              value={option.value}
              checked={option.value === props.value}
              onChange={() => props.onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
        {props.extra}
      </div>
      {props.error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
