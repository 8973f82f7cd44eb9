import {
  BRANCH_NAME_MAX_LENGTH,
  OFFICER_PASSWORD_MAX_LENGTH,
  OFFICER_USERNAME_MAX_LENGTH,
} from '../../domain/limits';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { api } from '../api';

/** Adding an officer: username, first password, branch (created if new) and role. */
export function NewOfficerForm(props: {
  onAdded: (message: string) => void;
  onFailed: (error: unknown) => void;
}) {
  const { t } = useI18n();
  const [form, setForm] = useState({ username: '', password: '', branch: '', role: 'officer' });
  const set = (field: keyof typeof form) => (value: string) => setForm((now) => ({ ...now, [field]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await api('POST', '/officers', { json: form });
      props.onAdded(t('office.officers.added', { username: form.username }));
      setForm({ username: '', password: '', branch: form.branch, role: 'officer' });
    } catch (refused) {
      props.onFailed(refused);
    }
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
        value={form.username}
        maxLength={OFFICER_USERNAME_MAX_LENGTH}
        autoComplete="off"
        autoCapitalize="none"
        onChange={(event) => set('username')(event.target.value.trim().toLowerCase())}
      />
      <TextField
        label={t('office.officers.password')}
        type="password"
        value={form.password}
        maxLength={OFFICER_PASSWORD_MAX_LENGTH}
        autoComplete="new-password"
        onChange={(event) => set('password')(event.target.value)}
      />
      <TextField
        label={t('office.officers.branch')}
        value={form.branch}
        maxLength={BRANCH_NAME_MAX_LENGTH}
        autoComplete="off"
        onChange={(event) => set('branch')(event.target.value)}
      />
      <SelectField
        label={t('office.officers.role')}
        value={form.role}
        onChange={(event) => set('role')(event.target.value)}
        options={[
          { value: 'officer', label: t('office.role.officer') },
          { value: 'admin', label: t('office.role.admin') },
        ]}
      />
      <button
        type="submit"
        className="btn btn-primary btn-wide"
        disabled={!form.username || form.password.length < 8 || !form.branch.trim()}
      >
        {t('office.officers.add')}
      </button>
    </form>
  );
}
