import { useState, type FormEvent } from 'react';
import { useSave } from './use-save';
import { useUnsavedWork } from './use-unsaved-work';

/** A draft as checked: the fields to save, or what is wrong with it, field by field. */
export type DraftCheck<F, E> = { ok: true; fields: F } | { ok: false; errors: E };

/**
 * What every form that records money shares (entry and transfer, new or edited): the draft and a
 * setter per field, the reason an edit asks for, the errors of the last check, the save step, and
 * the unsaved input an update or another tab's upgrade waits for.
 */
export function useDraftForm<D, F, E extends object>(options: {
  initial: D;
  check: (draft: D) => DraftCheck<F, E>;
  touched: (draft: D) => boolean;
  onSubmit: (fields: F, reason: string) => Promise<string | null>;
  /** Called with the errors of a draft that cannot be saved (to move the focus, say). */
  onInvalid?: (errors: E) => void;
  /** What the member should confirm before a valid draft is saved (a date ahead, cash below zero). */
  warn?: (fields: F) => Promise<string[]>;
}) {
  const [warnings, setWarnings] = useState<string[]>([]);
  const [draft, setDraft] = useState<D>(options.initial);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<E>>({});
  const { saving, saveError, save } = useSave(options.onSubmit);
  // Several fields at once (a product chip fills the amount and the note), checked as one change.
  const setFields = (patch: Partial<D>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    setWarnings([]);
    // A message shown goes as soon as its field is right; none appears before the member saves.
    if (Object.keys(errors).length > 0) {
      const checked = options.check(next);
      const still = checked.ok ? {} : checked.errors;
      setErrors(Object.fromEntries(Object.entries(still).filter(([field]) => field in errors)) as Partial<E>);
    }
  };
  const set = <K extends keyof D>(key: K, value: D[K]) => {
    const patch: Partial<D> = {};
    patch[key] = value;
    setFields(patch);
  };

  const submit = async (current: D, confirmedSilently = false): Promise<boolean> => {
    const checked = options.check(current);
    if (!checked.ok) {
      setErrors(checked.errors);
      options.onInvalid?.(checked.errors);
      return false;
    }
    setErrors({});
    // A second tap on save, with the warnings in view, is the member's confirmation.
    if (options.warn && warnings.length === 0 && !confirmedSilently) {
      const found = await options.warn(checked.fields);
      if (found.length > 0) {
        setWarnings(found);
        return false;
      }
    }
    setWarnings([]);
    return save(checked.fields, reason.trim());
  };

  // A form with input is saved, if it can be, before another tab upgrades the database.
  useUnsavedWork(options.touched(draft), () => submit(draft, true));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!saving) void submit(draft);
  };
  /** What `FormEnd` shows of this form: the reason, the save error, whether a save is under way. */
  const end = { reason, onReason: setReason, saveError, saving, warnings };
  return { draft, set, setFields, setDraft, errors, end, onSubmit };
}
