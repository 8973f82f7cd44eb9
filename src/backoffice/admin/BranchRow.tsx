import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { api } from '../api';
import { RatioField, ratioOf } from './RatioField';
import type { AdminChange } from './use-admin-list';

/** A branch as the server lists it. */
export interface BranchListing {
  name: string;
  capacityRatio: number;
  officers: number;
  members: number;
}

/** One branch: its counts and its ratio, which an admin may change. */
export function BranchRow(props: { branch: BranchListing; change: AdminChange }) {
  const { t } = useI18n();
  const { name } = props.branch;
  const [ratio, setRatio] = useState(String(props.branch.capacityRatio));
  const save = (event: FormEvent) => {
    event.preventDefault();
    const json = { capacityRatio: ratioOf(ratio) };
    void props.change(
      () => api('PATCH', `/branches/${encodeURIComponent(name)}`, { json }),
      t('office.branches.saved', { name }),
    );
  };
  return (
    <li className="card">
      <h2>{name}</h2>
      <p>{t('office.branches.counts', { officers: props.branch.officers, members: props.branch.members })}</p>
      <form className="office-filters" onSubmit={save} noValidate>
        <RatioField value={ratio} onChange={setRatio} />
        <button type="submit" className="btn btn-small" disabled={ratioOf(ratio) === null}>
          {t('office.branches.save', { name })}
        </button>
      </form>
    </li>
  );
}
