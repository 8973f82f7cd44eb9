import {
  BRANCH_NAME_MAX_LENGTH,
  OFFICER_PASSWORD_MAX_LENGTH,
  OFFICER_PASSWORD_MIN_LENGTH,
  OFFICER_USERNAME_MAX_LENGTH,
} from '../../domain/limits';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { api } from '../api';
import type { AdminChange } from './use-admin-list';

/** What the form holds: the new officer's username, first password, branch and role. */
type NewOfficer = Record<'username' | 'password' | 'branch' | 'role', string>;

/** Adding an officer: username, first password, branch (created if new) and role. */
export function NewOfficerForm({ change }: { change: AdminChange }) {
  const { t } = useI18n();
  const [form, setForm] = useState<NewOfficer>({ username: '', password: '', branch: '', role: 'officer' });
  /** A field's value and its `onChange`, which keeps the typed text, made `clean` first. */
  const bind = (field: keyof NewOfficer, clean = (text: string) => text) => ({
    value: form[field],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      setForm((now) => ({ ...now, [field]: clean(event.target.value) })),
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const added = t('office.officers.added', { username: form.username });
    if (await change(() => api('POST', '/officers', { json: form }), added))
      setForm({ username: '', password: '', branch: form.branch, role: 'officer' });
  };
  return (
    <form
      className="card"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="new-officer-h"
    >
      <h2 id="new-officer-h">{t('office.officers.add')}</h2>
      <TextField
        label={t('office.officers.username')}
        maxLength={OFFICER_USERNAME_MAX_LENGTH}
        autoComplete="off"
        autoCapitalize="none"
        {...bind('username', (text) => text.trim().toLowerCase())}
      />
      <TextField
        label={t('office.officers.password', { min: OFFICER_PASSWORD_MIN_LENGTH })}
        type="password"
        maxLength={OFFICER_PASSWORD_MAX_LENGTH}
        autoComplete="new-password"
        {...bind('password')}
      />
      <TextField
        label={t('office.officers.branch')}
        maxLength={BRANCH_NAME_MAX_LENGTH}
        autoComplete="off"
        {...bind('branch')}
      />
      <SelectField
        label={t('office.officers.role')}
        {...bind('role')}
        options={[
          { value: 'officer', label: t('office.role.officer') },
          { value: 'admin', label: t('office.role.admin') },
        ]}
      />
      <button
        type="submit"
        className="btn btn-primary btn-wide"
        disabled={!form.username || form.password.length < OFFICER_PASSWORD_MIN_LENGTH || !form.branch.trim()}
      >
        {t('office.officers.add')}
      </button>
    </form>
  );
}
