import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { TextField } from '../../ui/TextField';
import { api } from '../api';

/** A branch as the server lists it. */
export interface BranchListing {
  name: string;
  capacityRatio: number;
  officers: number;
  members: number;
}

/** A ratio as typed: a whole percent from 1 to 100, or null. */
export function ratioOf(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= 1 && value <= 100 ? value : null;
}

/** One branch: its counts and its ratio, which an admin may change. */
export function BranchRow(props: {
  branch: BranchListing;
  onSaved: (message: string) => void;
  onFailed: (error: unknown) => void;
}) {
  const { t } = useI18n();
  const { name } = props.branch;
  const [ratio, setRatio] = useState(String(props.branch.capacityRatio));
  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await api('PATCH', `/branches/${encodeURIComponent(name)}`, {
        json: { capacityRatio: ratioOf(ratio) },
      });
      props.onSaved(t('office.branches.saved', { name }));
    } catch (refused) {
      props.onFailed(refused);
    }
  };
  return (
    <li className="card">
      <h2>{name}</h2>
      <p>{t('office.branches.counts', { officers: props.branch.officers, members: props.branch.members })}</p>
      <form className="office-filters" onSubmit={(event) => void save(event)} noValidate>
        <TextField
          label={t('office.branches.ratio')}
          value={ratio}
          inputMode="numeric"
          maxLength={3}
          autoComplete="off"
          onChange={(event) => setRatio(event.target.value)}
          error={ratioOf(ratio) === null ? t('office.ratio.error') : undefined}
        />
        <button type="submit" className="btn btn-small" disabled={ratioOf(ratio) === null}>
          {t('office.branches.save', { name })}
        </button>
      </form>
    </li>
  );
}
