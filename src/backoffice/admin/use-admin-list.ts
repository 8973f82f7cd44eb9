import { useEffect, useState } from 'react';
import { api } from '../api';
import { useErrorText } from '../use-error-text';

/** A notice under an admin list: what was saved, or why the server refused. */
export interface AdminMessage {
  text: string;
  error: boolean;
}

/**
 * An admin list read from `path` (`{ items }`) once, and again after each change: `done` says
 * what was saved and reloads, `failed` shows why the server refused.
 */
export function useAdminList<T>(path: string) {
  const errorText = useErrorText();
  const [items, setItems] = useState<T[] | null>(null);
  const [message, setMessage] = useState<AdminMessage | null>(null);
  const failed = (refused: unknown) => setMessage({ text: errorText(refused), error: true });
  const load = () => {
    api<{ items: T[] }>('GET', path).then((answer) => setItems(answer.items), failed);
  };
  // Loaded once; every change reloads.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(load, []);
  const done = (text: string) => {
    setMessage({ text, error: false });
    load();
  };
  return { items, message, done, failed };
}
