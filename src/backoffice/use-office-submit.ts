import { useState, type FormEvent } from 'react';
import { useErrorText } from './use-error-text';

/** A form that sends to the server: busy while it goes, the refusal in words when it fails. */
export interface OfficeSubmit {
  busy: boolean;
  error: string | null;
  /** The form's `onSubmit`: stops the page's own submit, then sends. */
  submit: (event: FormEvent) => void;
}

/** Runs `send` on submit, one at a time; a refusal shows as said and `onRefused` runs after it. */
export function useOfficeSubmit(send: () => Promise<void>, onRefused?: () => void): OfficeSubmit {
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await send();
    } catch (refused) {
      setError(errorText(refused));
      onRefused?.();
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run();
  };
  return { busy, error, submit };
}
