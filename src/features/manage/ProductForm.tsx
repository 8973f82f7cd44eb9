import { useState } from 'react';
import { inputMaxLength, NAME_MAX_LENGTH } from '../../domain/limits';
import { parseRupiah } from '../../domain/money';
import type { ProductInput } from '../../domain/changes/product';
import { useI18n } from '../../i18n/I18nProvider';
import { AmountInput } from '../../ui/AmountInput';
import { TextField } from '../../ui/TextField';

/** A product's name and price, for adding one or changing it; `onSave` answers with a refusal or null. */
export function ProductForm(props: {
  initial?: { name: string; price: number };
  submitLabel: string;
  onSave: (input: ProductInput) => Promise<string | null>;
  onCancel?: () => void;
}) {
  const { t, problem } = useI18n();
  const [name, setName] = useState(props.initial?.name ?? '');
  const [digits, setDigits] = useState(props.initial ? String(props.initial.price) : '');
  const [error, setError] = useState<{ name?: string; price?: string }>({});
  const save = async () => {
    const price = parseRupiah(digits);
    const missing = name.trim() === '' ? t('error.product.nameRequired') : undefined;
    const refused = price.ok ? undefined : price.errors.map(problem).join(' ');
    if (missing || refused) return setError({ name: missing, price: refused });
    const answer = await props.onSave({ name: name.trim(), price: price.ok ? price.value : 0 });
    if (answer) return setError({ name: answer });
    setError({});
    if (props.initial) return;
    setName('');
    setDigits('');
  };
  return (
    <div className="sub-form">
      <TextField
        label={t('product.name')}
        value={name}
        maxLength={inputMaxLength(NAME_MAX_LENGTH)}
        onChange={(e) => (setName(e.target.value), setError({}))}
        error={error.name}
      />
      <AmountInput
        label={t('product.price')}
        digits={digits}
        onChange={(next) => (setDigits(next), setError({}))}
        error={error.price}
      />
      <div className="row-actions">
        {props.onCancel && (
          <button type="button" className="btn" onClick={props.onCancel}>
            {t('manage.cancel')}
          </button>
        )}
        <button type="button" className="btn btn-primary" onClick={() => void save()}>
          {props.submitLabel}
        </button>
      </div>
    </div>
  );
}
