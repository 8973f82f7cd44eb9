import { lazy, Suspense, useRef, useState } from 'react';
import { mayBeOnCredit } from '../../domain/credit/entry-credit';
import type { CategoryKind, Direction } from '../../domain/kinds';
import { COUNTERPARTY_MAX_LENGTH, inputMaxLength } from '../../domain/limits';
import type { Account, Category, EntryFields } from '../../domain/model';
import type { Product } from '../../domain/product';
import { useI18n } from '../../i18n/I18nProvider';
import { AmountInput } from '../../ui/AmountInput';
import { ChoiceChips } from '../../ui/ChoiceChips';
import { TextField } from '../../ui/TextField';
import { DateField, NoteField } from '../form/DraftFields';
import { FormEnd } from '../form/FormEnd';
import { useDraftForm } from '../form/use-draft-form';
import { loadMessages } from '../../i18n/translate';
import { EMPTY_CREDIT } from './credit-draft';
import { isDraftTouched, validateEntryDraft, type DraftErrors, type EntryDraft } from './entry-draft';
import { NewCategoryForm } from './NewCategoryForm';
import { ProductChips } from './ProductChips';
import './entry.css';

// The credit fields and their messages load only when the member first chooses *Belum lunas*.
const CreditFields = lazy(() =>
  Promise.all([import('../credit/CreditFields'), loadMessages('credit')]).then(([m]) => ({
    default: m.CreditFields,
  })),
);

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
  /** What to confirm before saving these fields (see useEntryWarnings). */
  warn?: (fields: EntryFields) => Promise<string[]>;
  onCreateCategory: (name: string, kind: CategoryKind) => Promise<{ id: string } | { error: string }>;
  /** Products offered as quick-sale chips (money in only). */
  products?: readonly Product[];
}) {
  const { t } = useI18n();
  const amountRef = useRef<HTMLInputElement>(null);
  const { draft, set, setFields, errors, end, onSubmit } = useDraftForm({
    initial: props.initial,
    check: (current: EntryDraft) => validateEntryDraft(current, props.direction),
    touched: (current: EntryDraft) => isDraftTouched(current, props.initial),
    onSubmit: props.onSubmit,
    onInvalid: (invalid: DraftErrors) => invalid.amount && amountRef.current?.focus(),
    ...(props.warn ? { warn: props.warn } : {}),
  });
  const [addingCategory, setAddingCategory] = useState(false);
  const kind = props.categories.find((c) => c.id === draft.categoryId)?.kind;
  const creditAllowed = kind !== undefined && mayBeOnCredit(kind);

  return (
    <form className="entry-form" onSubmit={onSubmit} noValidate>
      <ProductChips
        products={props.products ?? []}
        onPick={(sale) => setFields({ digits: sale.digits, note: sale.note })}
      />
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
        onChange={(id) => {
          const next = props.categories.find((c) => c.id === id)?.kind;
          setFields({ categoryId: id, ...(next && !mayBeOnCredit(next) ? { credit: undefined } : {}) });
        }}
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
      {creditAllowed && (
        <label className="check">
          <input
            type="checkbox"
            checked={draft.credit !== undefined}
            onChange={(e) => set('credit', e.target.checked ? EMPTY_CREDIT : undefined)}
          />
          {t('entry.credit')}
        </label>
      )}
      {creditAllowed && draft.credit && (
        <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
          <CreditFields
            direction={props.direction}
            value={draft.credit}
            onChange={(patch) => draft.credit && set('credit', { ...draft.credit, ...patch })}
            errors={errors}
          />
        </Suspense>
      )}
      <DateField value={draft.date} onChange={(date) => set('date', date)} error={errors.date} />
      <details
        className="more"
        open={Boolean(props.initial.note || props.initial.counterparty || errors.note || errors.counterparty)}
      >
        <summary>{t('entry.more')}</summary>
        <NoteField value={draft.note} onChange={(note) => set('note', note)} error={errors.note} />
        <TextField
          label={t('entry.counterparty')}
          value={draft.counterparty}
          maxLength={inputMaxLength(COUNTERPARTY_MAX_LENGTH)}
          onChange={(e) => set('counterparty', e.target.value)}
          error={errors.counterparty && t(errors.counterparty, { max: COUNTERPARTY_MAX_LENGTH })}
        />
      </details>
      <FormEnd
        {...end}
        askReason={props.askReason}
        submitLabel={props.submitLabel}
        buttonClass={`btn-${props.direction}`}
      />
    </form>
  );
}
