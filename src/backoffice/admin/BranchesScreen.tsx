import { BRANCH_NAME_MAX_LENGTH } from '../../domain/limits';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { TextField } from '../../ui/TextField';
import { api } from '../api';
import { OfficeSection } from '../OfficeSection';
import { AdminNotice } from './AdminNotice';
import { useAdminList } from './use-admin-list';
import { BranchRow, type BranchListing } from './BranchRow';
import { RatioField, ratioOf } from './RatioField';

/** The admin's branches: each with its officers, members and instalment ratio; adding a branch. */
export function BranchesScreen() {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [ratio, setRatio] = useState('60');
  const { items: branches, message, change } = useAdminList<BranchListing>('/branches');
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const json = { name, capacityRatio: ratioOf(ratio) };
    if (await change(() => api('POST', '/branches', { json }), t('office.branches.saved', { name })))
      setName('');
  };
  return (
    <OfficeSection id="branches" title={t('office.branches.title')}>
      <form className="card" onSubmit={(event) => void add(event)} noValidate aria-labelledby="new-branch-h">
        <h2 id="new-branch-h">{t('office.branches.add')}</h2>
        <TextField
          label={t('office.branches.name')}
          value={name}
          maxLength={BRANCH_NAME_MAX_LENGTH}
          autoComplete="off"
          onChange={(event) => setName(event.target.value)}
        />
        <RatioField value={ratio} onChange={setRatio} />
        <button
          type="submit"
          className="btn btn-primary btn-wide"
          disabled={!name.trim() || ratioOf(ratio) === null}
        >
          {t('office.branches.add')}
        </button>
      </form>
      <AdminNotice message={message} />
      <ul className="office-plain-list">
        {branches?.map((branch) => (
          <BranchRow key={branch.name} branch={branch} change={change} />
        ))}
      </ul>
    </OfficeSection>
  );
}
