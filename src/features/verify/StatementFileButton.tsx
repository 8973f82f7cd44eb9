import { useId } from 'react';

/** The files a statement comes as: its PDF, or its JSON. */
const STATEMENT_FILE_TYPES = '.pdf,.json,application/pdf,application/json';

/** A button that opens the file picker for one statement file (PDF or JSON); each choice is handed on, once. */
export function StatementFileButton(props: {
  label: string;
  className: string;
  onFile: (file: File) => void;
}) {
  const id = useId();
  return (
    <>
      <label className={props.className} htmlFor={id}>
        {props.label}
      </label>
      <input
        id={id}
        type="file"
        className="sr-only"
        accept={STATEMENT_FILE_TYPES}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so choosing the same file again is a choice too.
          event.target.value = '';
          if (file) props.onFile(file);
        }}
      />
    </>
  );
}
