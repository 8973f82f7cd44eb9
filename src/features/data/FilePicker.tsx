import { useId } from 'react';

/** A file chooser that looks like a button: the native input stays for keyboards and screen readers. */
export function FilePicker(props: {
  label: string;
  accept: string;
  onFile: (file: File) => void;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className="file-picker">
      <input
        id={id}
        type="file"
        accept={props.accept}
        className="sr-only"
        disabled={props.disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) props.onFile(file);
        }}
      />
      <label htmlFor={id} className="btn btn-wide" aria-disabled={props.disabled || undefined}>
        {props.label}
      </label>
    </div>
  );
}
