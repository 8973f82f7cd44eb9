import { useRef, useState, type FormEvent } from 'react';
import type { CategoryKind, Direction } from '../../domain/kinds';
import type { Account, Category, EntryFields } from '../../domain/model';
import { useI18n } from '../../i18n/I18nProvider';
import { AmountInput } from '../../ui/AmountInput';
import { ChoiceChips } from '../../ui/ChoiceChips';
import { TextField } from '../../ui/TextField';
import { useSave } from '../session/use-save';
import { useUnsavedWork } from '../session/use-unsaved-work';
import { isDraftTouched, validateEntryDraft, type DraftErrors, type EntryDraft } from './entry-draft';
import { NewCategoryForm } from './NewCategoryForm';

/** The quick entry form: amount first, category chips, account, date, optional note. */
export function EntryForm(props: {
  direction: Direction;
  initial: EntryDraft;
  /** Categories of this direction, most used first. */
  categories: readonly Category[];
  accounts: readonly Account[];
  submitLabel: string;
  askReason?: boolean;
  onSubmit: (fields: EntryFields, reason: string) => Promise<string | null>;
  onCreateCategory: (name: string, kind: CategoryKind) => Promise<{ id: string } | { error: string }>;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<EntryDraft>(props.initial);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<DraftErrors>({});
  const { saving, saveError, save } = useSave(props.onSubmit);
  const [addingCategory, setAddingCategory] = useState(false);
  const amountRef = useRef<HTMLInputElement>(null);
  const touched = isDraftTouched(draft, props.initial);
  const set = <K extends keyof EntryDraft>(key: K, value: EntryDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (current: EntryDraft): Promise<boolean> => {
    const checked = validateEntryDraft(current, props.direction);
    if (!checked.ok) {
      setErrors(checked.errors);
      if (checked.errors.amount) amountRef.current?.focus();
      return false;
    }
    setErrors({});
    return save(checked.fields, reason.trim());
  };

  // A form with input is saved, if it can be, before another tab upgrades the database.
  useUnsavedWork(touched, () => submit(draft));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!saving) void submit(draft);
  };

  return (
    <form className="entry-form" onSubmit={onSubmit} noValidate>
      <AmountInput
        label={t('entry.amount')}
        digits={draft.digits}
        onChange={(digits) => set('digits', digits)}
        error={errors.amount && t(errors.amount)}
        autoFocus
        ref={amountRef}
      />
      <ChoiceChips
        legend={t('entry.category')}
        name="category"
        options={props.categories.map((c) => ({ value: c.id, label: c.name }))}
        value={draft.categoryId}
        onChange={(id) => set('categoryId', id)}
        error={errors.category && t(errors.category)}
        extra={
          <button type="button" className="chip chip-add" onClick={() => setAddingCategory(true)}>
            + {t('entry.newCategory')}
          </button>
        }
      />
      {addingCategory && (
        <NewCategoryForm
          direction={props.direction}
          onCancel={() => setAddingCategory(false)}
          onCreate={async (name, kind) => {
            const made = await props.onCreateCategory(name, kind);
            if ('id' in made) {
              set('categoryId', made.id);
              setAddingCategory(false);
              return null;
            }
            return made.error;
          }}
        />
      )}
      {props.accounts.length > 1 && (
        <ChoiceChips
          legend={t('entry.account')}
          name="account"
          options={props.accounts.map((a) => ({ value: a.id, label: a.name }))}
          value={draft.accountId}
          onChange={(id) => set('accountId', id)}
        />
      )}
      <TextField
        label={t('entry.date')}
        type="date"
        value={draft.date}
        required
        onChange={(e) => set('date', e.target.value)}
        error={errors.date && t(errors.date)}
      />
      <details
        className="more"
        open={Boolean(props.initial.note || props.initial.counterparty || errors.note)}
      >
        <summary>{t('entry.more')}</summary>
        <TextField
          label={t('entry.note')}
          value={draft.note}
          maxLength={600}
          onChange={(e) => set('note', e.target.value)}
          error={errors.note && t(errors.note)}
        />
        <TextField
          label={t('entry.counterparty')}
          value={draft.counterparty}
          onChange={(e) => set('counterparty', e.target.value)}
          error={errors.counterparty && t(errors.counterparty)}
        />
      </details>
      {props.askReason && (
        <TextField
          label={t('entry.reason')}
          value={reason}
          maxLength={200}
          onChange={(e) => setReason(e.target.value)}
        />
      )}
      {saveError && (
        <p className="form-error" role="alert">
          {saveError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className={`btn btn-big btn-${props.direction}`} disabled={saving}>
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}
