import { BRANCH_NAME_MAX_LENGTH } from '../../domain/limits';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { TextField } from '../../ui/TextField';
import { api } from '../api';
import { useAdminList } from './use-admin-list';
import { BranchRow, type BranchListing } from './BranchRow';
import { RatioField, ratioOf } from './RatioField';

/** The admin's branches: each with its officers, members and instalment ratio; adding a branch. */
export function BranchesScreen() {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [ratio, setRatio] = useState('60');
  const { items: branches, message, done, failed } = useAdminList<BranchListing>('/branches');
  const add = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await api('POST', '/branches', { json: { name, capacityRatio: ratioOf(ratio) } });
      setName('');
      done(t('office.branches.saved', { name }));
    } catch (refused) {
      failed(refused);
    }
  };
  return (
    <section aria-labelledby="branches-h">
      <h1 id="branches-h" tabIndex={-1}>
        {t('office.branches.title')}
      </h1>
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
      <div aria-live="polite">
        {message && <p className={message.error ? 'office-error' : 'office-notice'}>{message.text}</p>}
      </div>
      <ul className="office-plain-list">
        {branches?.map((branch) => (
          <BranchRow key={branch.name} branch={branch} onSaved={done} onFailed={failed} />
        ))}
      </ul>
    </section>
  );
}
