import { useId } from 'react';
import { QrScanner } from '../qr-scan/QrScanner';

/** Where the other phone's code comes in: scanned from its screen, or pasted as text. */
export function CodeInput(props: {
  label: string;
  photoLabel: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="code-input">
      <QrScanner photoLabel={props.photoLabel} onText={props.onChange} />
      <div className="field">
        <label htmlFor={id}>{props.label}</label>
        <textarea
          id={id}
          className="mono"
          rows={4}
          value={props.value}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => props.onChange(event.target.value)}
        />
      </div>
    </div>
  );
}
