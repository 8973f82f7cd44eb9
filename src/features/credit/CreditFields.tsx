import type { Direction } from '../../domain/kinds';
import { useI18n } from '../../i18n/I18nProvider';
import { AmountInput } from '../../ui/AmountInput';
import { TextField } from '../../ui/TextField';
import type { CreditDraft, CreditErrors } from '../entry/credit-draft';
import { ContactPicker } from './ContactPicker';
import './credit.css';

/** The credit part of the entry form: whom, what was paid now (default nothing), an optional due date. */
export function CreditFields(props: {
  direction: Direction;
  value: CreditDraft;
  onChange: (patch: Partial<CreditDraft>) => void;
  errors: CreditErrors;
}) {
  const { t } = useI18n();
  const { value, errors } = props;
  return (
    <div className="sub-form credit-fields">
      <ContactPicker
        direction={props.direction}
        contactId={value.contactId}
        onPick={(contactId) => props.onChange({ contactId })}
        error={errors.contact && t(errors.contact)}
      />
      <AmountInput
        label={t('credit.entry.paid')}
        digits={value.paidDigits}
        onChange={(paidDigits) => props.onChange({ paidDigits })}
        error={errors.paid && t(errors.paid)}
      />
      <TextField
        label={t('credit.entry.due')}
        type="date"
        value={value.dueDate}
        onChange={(e) => props.onChange({ dueDate: e.target.value })}
        error={errors.due && t(errors.due)}
      />
    </div>
  );
}
