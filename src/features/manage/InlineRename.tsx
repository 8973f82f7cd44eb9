import { useState } from 'react';
import { inputMaxLength, NAME_MAX_LENGTH } from '../../domain/limits';
import { useI18n } from '../../i18n/I18nProvider';
import { TextField } from '../../ui/TextField';

/** A name that can be edited in place. */
export function InlineRename(props: {
  label: string;
  name: string;
  onSave: (name: string) => Promise<string | null>;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState(props.name);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    if (!name.trim()) return setError(t('book.required'));
    const problem = await props.onSave(name.trim());
    setError(problem);
    if (!problem) props.onDone();
  };
  return (
    <div className="sub-form">
      <TextField
        label={props.label}
        value={name}
        maxLength={inputMaxLength(NAME_MAX_LENGTH)}
        autoFocus
        onChange={(e) => (setName(e.target.value), setError(null))}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void save();
        }}
        error={error ?? undefined}
      />
      <div className="row-actions">
        <button type="button" className="btn" onClick={props.onDone}>
          {t('manage.cancel')}
        </button>
        <button type="button" className="btn btn-primary" onClick={() => void save()}>
          {t('manage.save')}
        </button>
      </div>
    </div>
  );
}
