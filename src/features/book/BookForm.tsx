import { useState, type FormEvent } from 'react';
import { INDONESIAN_TIME_ZONES } from '../../domain/dates';
import { BOOK_FIELD_MAX_LENGTH, inputMaxLength, isTooLong } from '../../domain/limits';
import { memberNumberAccepted } from '../../domain/member-number';
import type { Book } from '../../domain/model';
import type { MessageKey } from '../../i18n/id';
import { useI18n } from '../../i18n/I18nProvider';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';

/** The fields of a book the member fills in. */
export type BookDetails = Omit<Book, 'id' | 'createdAt' | 'updatedAt'>;

/** A text field of a book's details (all but the time zone). */
type TextFieldKey = Exclude<keyof BookDetails, 'timeZone'>;

const TEXT_FIELDS: ReadonlyArray<{
  key: TextFieldKey;
  label: MessageKey;
  required?: boolean;
}> = [
  { key: 'name', label: 'book.name', required: true },
  { key: 'owner', label: 'book.owner', required: true },
  { key: 'memberNumber', label: 'book.memberNumber' },
  { key: 'cooperative', label: 'book.cooperative' },
  { key: 'branch', label: 'book.branch' },
  { key: 'businessType', label: 'book.businessType' },
  { key: 'address', label: 'book.address' },
  { key: 'phone', label: 'book.phone' },
];

/** The device's own time zone, the default for a new book. */
export const deviceTimeZone = (): string =>
  Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Jakarta';

/** An empty book, in the device's time zone. */
export const emptyBookDetails = (): BookDetails => ({
  name: '',
  owner: '',
  memberNumber: '',
  cooperative: '',
  branch: '',
  businessType: '',
  address: '',
  phone: '',
  timeZone: deviceTimeZone(),
});

/** The member-editable details of a stored book. */
export const bookDetails = (book: Book): BookDetails => ({
  name: book.name,
  owner: book.owner,
  memberNumber: book.memberNumber,
  cooperative: book.cooperative,
  branch: book.branch,
  businessType: book.businessType,
  address: book.address,
  phone: book.phone,
  timeZone: book.timeZone,
});

/** Creates or edits a book's details: business, owner, cooperative membership, time zone. */
export function BookForm(props: {
  initial: BookDetails;
  submitLabel: string;
  onSubmit: (details: BookDetails) => Promise<string | null>;
}) {
  const { t } = useI18n();
  const [details, setDetails] = useState(props.initial);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<TextFieldKey, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const zones: Array<{ value: string; label: string }> = INDONESIAN_TIME_ZONES.map((z) => ({
    value: z.id,
    label: `${z.label} (${z.id})`,
  }));
  if (!zones.some((z) => z.value === details.timeZone))
    zones.push({ value: details.timeZone, label: t('book.timeZone.other', { zone: details.timeZone }) });

  /** What is wrong with a field's trimmed value, in words; undefined when nothing is. */
  const fieldError = (f: (typeof TEXT_FIELDS)[number], value: string): string | undefined => {
    const max = BOOK_FIELD_MAX_LENGTH[f.key];
    if (f.required && !value) return t('book.required');
    if (isTooLong(value, max)) return t('error.book.fieldTooLong', { max });
    // A pasted lookalike (a non-breaking hyphen, a Cyrillic К) is refused here, in words.
    if (f.key === 'memberNumber' && !memberNumberAccepted(value)) return t('error.book.memberNumberInvalid');
    return undefined;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = Object.fromEntries(Object.entries(details).map(([k, v]) => [k, v.trim()])) as BookDetails;
    const errors: Partial<Record<TextFieldKey, string>> = {};
    for (const f of TEXT_FIELDS) {
      const message = fieldError(f, trimmed[f.key]);
      if (message !== undefined) errors[f.key] = message;
    }
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setError(await props.onSubmit(trimmed));
  };
  return (
    <form className="book-form" onSubmit={(e) => void submit(e)} noValidate>
      {TEXT_FIELDS.map((f) => (
        <TextField
          key={f.key}
          label={f.required ? t(f.label) : `${t(f.label)} (${t('book.optional')})`}
          value={details[f.key]}
          maxLength={inputMaxLength(BOOK_FIELD_MAX_LENGTH[f.key])}
          required={f.required}
          autoComplete={f.key === 'phone' ? 'tel' : 'off'}
          inputMode={f.key === 'phone' ? 'tel' : undefined}
          onChange={(e) => {
            const value = e.target.value;
            setDetails((d) => ({ ...d, [f.key]: value }));
            // A message goes once the field is right, not at the next save.
            if (fieldErrors[f.key] && fieldError(f, value.trim()) === undefined)
              setFieldErrors(({ [f.key]: _fixed, ...rest }) => rest);
          }}
          error={fieldErrors[f.key]}
        />
      ))}
      <SelectField
        label={t('book.timeZone')}
        value={details.timeZone}
        options={zones}
        onChange={(e) => setDetails((d) => ({ ...d, timeZone: e.target.value }))}
      />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-big btn-primary">
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}
