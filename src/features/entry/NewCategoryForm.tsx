import { useState } from 'react';
import { kindsFor, type CategoryKind, type Direction } from '../../domain/kinds';
import { inputMaxLength, NAME_MAX_LENGTH } from '../../domain/limits';
import { useI18n } from '../../i18n/I18nProvider';
import { ChoiceChips } from '../../ui/ChoiceChips';
import { TextField } from '../../ui/TextField';

/** Adds a category, asking its kind in plain words. */
export function NewCategoryForm(props: {
  direction: Direction;
  onCreate: (name: string, kind: CategoryKind) => Promise<string | null>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const kinds = kindsFor(props.direction);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<CategoryKind>(kinds[0] ?? 'beban');
  const [error, setError] = useState<string | null>(null);
  const create = async () => {
    if (!name.trim()) {
      setError(t('book.required'));
      return;
    }
    setError(await props.onCreate(name.trim(), kind));
  };
  return (
    <section className="sub-form" aria-label={t('category.new.title')}>
      <TextField
        label={t('category.name')}
        value={name}
        maxLength={inputMaxLength(NAME_MAX_LENGTH)}
        autoFocus
        onChange={(e) => (setName(e.target.value), setError(null))}
        onKeyDown={(e) => {
          // Enter adds the category instead of submitting the entry form around it.
          if (e.key === 'Enter') {
            e.preventDefault();
            void create();
          }
        }}
        error={error ?? undefined}
      />
      <ChoiceChips
        legend={t('category.kind.question')}
        name="kind"
        options={kinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        value={kind}
        onChange={setKind}
      />
      <div className="row-actions">
        <button type="button" className="btn" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="btn btn-primary" onClick={() => void create()}>
          {t('category.add')}
        </button>
      </div>
    </section>
  );
}
