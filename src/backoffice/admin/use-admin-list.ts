import { useEffect, useState } from 'react';
import { api } from '../api';
import { useErrorText } from '../use-error-text';

/** A notice under an admin list: what was saved, or why the server refused. */
export interface AdminMessage {
  text: string;
  error: boolean;
}

/** Sends one change to the server; says `saved` and reloads the list, or shows why it was refused. Whether it was saved. */
export type AdminChange = (send: () => Promise<unknown>, saved: string) => Promise<boolean>;

/**
 * An admin list read from `path` (`{ items }`) once, and again after each `change` that is saved;
 * `message` says what was saved last, or why the server refused.
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
  const change: AdminChange = async (send, saved) => {
    try {
      await send();
    } catch (refused) {
      failed(refused);
      return false;
    }
    setMessage({ text: saved, error: false });
    load();
    return true;
  };
  return { items, message, change };
}
