import type { ReactNode } from 'react';

/** A screen whose record is not there (a mistyped link, another book's record): its header and why. */
export function MissingRecord({ header, message }: { header: ReactNode; message: string }) {
  return (
    <>
      {header}
      <main className="screen">
        <p>{message}</p>
      </main>
    </>
  );
}
