import type { ReactNode } from 'react';

/** Label and value pairs shown as a two-column list (a statement's figures, identity, discipline). */
export function FigureList({
  rows,
  className,
}: {
  rows: ReadonlyArray<{ label: string; value: ReactNode; strong?: boolean; key?: string }>;
  className?: string;
}) {
  return (
    <dl className={['figure-list', className].filter(Boolean).join(' ')}>
      {rows.map((row) => (
        <div key={row.key ?? row.label} className={row.strong ? 'strong' : undefined}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
