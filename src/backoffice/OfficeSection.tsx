import type { ReactNode } from 'react';

/** One screen of the back office: a section named by its heading, which takes focus when the screen opens. */
export function OfficeSection(props: { id: string; title: string; children: ReactNode }) {
  const headingId = `${props.id}-h`;
  return (
    <section aria-labelledby={headingId}>
      <h1 id={headingId} tabIndex={-1}>
        {props.title}
      </h1>
      {props.children}
    </section>
  );
}
