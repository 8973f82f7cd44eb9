import type { ReactNode } from 'react';
import { BOOK_FIELD_MAX_LENGTH, inputMaxLength } from '../../domain/limits';
import type { Book } from '../../domain/model';
import { formatRupiah } from '../../domain/money';
import { useI18n } from '../../i18n/I18nProvider';
import { AmountInput } from '../../ui/AmountInput';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import type { StatementIdentity } from './make-statement-files';
import { identityChanged, type DraftField, type StatementDraft } from './statement-draft';
import { PERCENT_INPUT_MAX_LENGTH } from './numbers';
import type { MessageKey } from '../../i18n/id';

const IDENTITY: ReadonlyArray<{ key: keyof StatementIdentity; label: MessageKey }> = [
  { key: 'owner', label: 'book.owner' },
  { key: 'memberNumber', label: 'book.memberNumber' },
  { key: 'cooperative', label: 'book.cooperative' },
  { key: 'branch', label: 'book.branch' },
];

/** The member's choices for a statement: months, details, household costs, instalments, ratio, notes. */
export function StatementForm(props: {
  book: Book;
  draft: StatementDraft;
  months: readonly string[];
  errors: Partial<Record<DraftField, MessageKey>>;
  defaults: { householdCosts: number; existingInstalments: number } | null;
  onChange: (draft: StatementDraft) => void;
  /** What the member should know of the chosen months (that they begin before the book, say). */
  periodNote?: ReactNode;
}) {
  const { t, date } = useI18n();
  const { draft, errors, defaults } = props;
  const set = (patch: Partial<StatementDraft>) => props.onChange({ ...draft, ...patch });
  const monthOptions = props.months.map((m) => ({ value: m, label: date(m, 'month') }));
  const error = (field: DraftField) => (errors[field] ? t(errors[field]) : undefined);
  const defaultHint = (value: number, key: MessageKey) => t(key, { amount: formatRupiah(value) });
  return (
    <form className="statement-form" onSubmit={(e) => e.preventDefault()} noValidate>
      <fieldset className="card">
        <legend>{t('statement.form.period')}</legend>
        <SelectField
          label={t('statement.form.fromMonth')}
          value={draft.fromMonth}
          options={monthOptions}
          onChange={(e) => set({ fromMonth: e.target.value })}
        />
        <SelectField
          label={t('statement.form.toMonth')}
          value={draft.toMonth}
          options={monthOptions}
          onChange={(e) => set({ toMonth: e.target.value })}
        />
        {props.periodNote}
        {errors.period && (
          <p className="field-error" role="alert">
            {error('period')}
          </p>
        )}
      </fieldset>
      <fieldset className="card">
        <legend>{t('statement.form.identity')}</legend>
        {IDENTITY.map((f) => (
          <TextField
            key={f.key}
            label={t(f.label)}
            value={draft.identity[f.key]}
            maxLength={inputMaxLength(BOOK_FIELD_MAX_LENGTH[f.key])}
            autoComplete="off"
            onChange={(e) => set({ identity: { ...draft.identity, [f.key]: e.target.value } })}
            error={f.key === 'memberNumber' ? error('memberNumber') : undefined}
          />
        ))}
        {identityChanged(draft, props.book) && (
          <label className="st-check">
            <input
              type="checkbox"
              checked={draft.saveIdentity}
              onChange={(e) => set({ saveIdentity: e.target.checked })}
            />
            {t('statement.form.saveIdentity')}
          </label>
        )}
      </fieldset>
      <fieldset className="card">
        <legend>{t('statement.form.capacity')}</legend>
        <p className="help">{t('statement.form.capacityHelp')}</p>
        <AmountInput
          label={t('statement.form.householdCosts')}
          digits={draft.householdCosts}
          onChange={(digits) => set({ householdCosts: digits })}
          error={error('householdCosts')}
        />
        {defaults && (
          <p className="field-hint">
            {defaultHint(defaults.householdCosts, 'statement.form.householdDefault')}
          </p>
        )}
        <AmountInput
          label={t('statement.form.existingInstalments')}
          digits={draft.existingInstalments}
          onChange={(digits) => set({ existingInstalments: digits })}
          error={error('existingInstalments')}
        />
        {defaults && (
          <p className="field-hint">
            {defaultHint(defaults.existingInstalments, 'statement.form.instalmentsDefault')}
          </p>
        )}
        <TextField
          label={t('statement.form.ratio')}
          hint={t('statement.form.ratioHint')}
          value={draft.ratio}
          inputMode="decimal"
          autoComplete="off"
          maxLength={PERCENT_INPUT_MAX_LENGTH}
          onChange={(e) => set({ ratio: e.target.value })}
          error={error('ratio')}
        />
      </fieldset>
      <fieldset className="card">
        <legend>{t('statement.form.notes')}</legend>
        <label className="st-check">
          <input
            type="checkbox"
            checked={draft.includeNotes}
            onChange={(e) => set({ includeNotes: e.target.checked })}
          />
          {t('statement.form.includeNotes')}
        </label>
        <p className="field-hint">{t('statement.form.notesHint')}</p>
      </fieldset>
    </form>
  );
}
