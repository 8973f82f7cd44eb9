import type { ReactNode } from 'react';
import { useId } from 'react';

/** One column of a chart's table alternative. */
export interface TableColumn<R> {
  label: string;
  cell: (row: R) => string;
}

/**
 * A chart with its title, drawn for the eye only, and the same figures as a table for screen
 * readers (the drawing itself is hidden from them and takes no focus).
 */
export function ChartFigure<R>({
  title,
  rows,
  columns,
  rowKey,
  children,
}: {
  title: string;
  rows: readonly R[];
  columns: readonly TableColumn<R>[];
  rowKey: (row: R) => string;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId}>{title}</figcaption>
      <div className="chart-drawing" aria-hidden="true">
        {children}
      </div>
      <div className="sr-only">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.label} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((c) => (
                  <td key={c.label}>{c.cell(row)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
