import type { Account, TransferFields } from '../../domain/model';
import { useI18n } from '../../i18n/I18nProvider';
import { AmountInput } from '../../ui/AmountInput';
import { ChoiceChips } from '../../ui/ChoiceChips';
import { DateField, NoteField } from '../form/DraftFields';
import { FormEnd } from '../form/FormEnd';
import { useDraftForm } from '../form/use-draft-form';
import { validateTransferDraft, type TransferDraft } from './transfer-draft';

/** Common moves offered as one tap: setor ke bank, tarik tunai, saldo QRIS ke kas. */
function presets(accounts: readonly Account[]) {
  const cash = accounts.find((a) => a.type === 'cash');
  const bank = accounts.find((a) => a.type === 'bank');
  const wallet = accounts.find((a) => a.type === 'ewallet');
  return [
    cash && bank ? { key: 'transfer.preset.deposit' as const, from: cash.id, to: bank.id } : null,
    cash && bank ? { key: 'transfer.preset.withdraw' as const, from: bank.id, to: cash.id } : null,
    cash && wallet ? { key: 'transfer.preset.qris' as const, from: wallet.id, to: cash.id } : null,
  ].filter((p) => p !== null);
}

/** Moves money between two accounts of the book. */
export function TransferForm(props: {
  initial: TransferDraft;
  accounts: readonly Account[];
  askReason?: boolean;
  onSubmit: (fields: TransferFields, reason: string) => Promise<string | null>;
}) {
  const { t } = useI18n();
  const { draft, set, setDraft, errors, end, onSubmit } = useDraftForm({
    initial: props.initial,
    check: validateTransferDraft,
    touched: (current: TransferDraft) =>
      current.digits !== props.initial.digits || current.note !== props.initial.note,
    onSubmit: props.onSubmit,
  });
  const options = props.accounts.map((a) => ({ value: a.id, label: a.name }));

  return (
    <form className="entry-form" onSubmit={onSubmit} noValidate>
      <AmountInput
        label={t('entry.amount')}
        digits={draft.digits}
        onChange={(digits) => set('digits', digits)}
        error={errors.amount && t(errors.amount)}
        autoFocus
      />
      {presets(props.accounts).length > 0 && (
        <div className="chip-row" role="group" aria-label={t('transfer.presets')}>
          {presets(props.accounts).map((p) => (
            <button
              key={p.key}
              type="button"
              className="chip"
              onClick={() => setDraft((d) => ({ ...d, fromAccountId: p.from, toAccountId: p.to }))}
            >
              {t(p.key)}
            </button>
          ))}
        </div>
      )}
      <ChoiceChips
        legend={t('transfer.from')}
        name="from"
        options={options}
        value={draft.fromAccountId}
        onChange={(id) => set('fromAccountId', id)}
      />
      <ChoiceChips
        legend={t('transfer.to')}
        name="to"
        options={options}
        value={draft.toAccountId}
        onChange={(id) => set('toAccountId', id)}
        error={errors.to && t(errors.to)}
      />
      <DateField value={draft.date} onChange={(date) => set('date', date)} error={errors.date} />
      <NoteField value={draft.note} onChange={(note) => set('note', note)} error={errors.note} />
      <FormEnd {...end} askReason={props.askReason} submitLabel={t('entry.save')} buttonClass="btn-primary" />
    </form>
  );
}
