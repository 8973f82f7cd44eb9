import type { ReactNode } from 'react';
import './ScreenHeader.css';

/** The title bar of a screen, with an optional back link. */
export function ScreenHeader({
  title,
  backHref,
  backLabel,
  action,
}: {
  title: string;
  backHref?: string;
  backLabel?: string;
  action?: ReactNode;
}) {
  return (
    <header className="screen-header">
      {backHref && (
        <a className="back" href={backHref} aria-label={backLabel}>
          <span aria-hidden="true">←</span>
        </a>
      )}
      <h1>{title}</h1>
      {action}
    </header>
  );
}
