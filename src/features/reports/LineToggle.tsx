import type { ReactNode } from 'react';

/** A report line that opens to what makes it up: the line itself as a button, with its caret. */
export function LineToggle(props: {
  open: boolean;
  onToggle: () => void;
  /** The id of the list it opens. */
  controls: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={props.className === undefined ? 'pl-toggle' : `pl-toggle ${props.className}`}
      aria-expanded={props.open}
      aria-controls={props.controls}
      onClick={props.onToggle}
    >
      <span className="pl-caret" aria-hidden="true">
        {props.open ? '▾' : '▸'}
      </span>
      {props.children}
    </button>
  );
}
