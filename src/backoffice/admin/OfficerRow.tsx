import { OFFICER_PASSWORD_MAX_LENGTH, OFFICER_PASSWORD_MIN_LENGTH } from '../../domain/limits';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { TextField } from '../../ui/TextField';
import { api } from '../api';
import type { AdminChange } from './use-admin-list';

/** An officer as the admin's list shows them. */
export interface OfficerListing {
  username: string;
  branch: string;
  role: 'officer' | 'admin';
  disabled: boolean;
  createdAt: string;
}

/** One officer: role, branch, whether disabled; switching role or disabled, and setting a new password. */
export function OfficerRow(props: { officer: OfficerListing; change: AdminChange }) {
  const { t } = useI18n();
  const { username, role, disabled } = props.officer;
  const [password, setPassword] = useState('');
  const change = async (json: object) => {
    const path = `/officers/${encodeURIComponent(username)}`;
    if (await props.change(() => api('PATCH', path, { json }), t('office.officers.changed', { username })))
      setPassword('');
  };
  const reset = (event: FormEvent) => {
    event.preventDefault();
    void change({ password });
  };
  return (
    <li className={`card ${disabled ? 'office-revoked' : ''}`}>
      <p>
        <strong>{username}</strong> · {t(`office.role.${role}`)} · {props.officer.branch}
        {disabled && ` · ${t('office.officers.disabled')}`}
      </p>
      <div className="office-actions">
        <button type="button" className="btn btn-small" onClick={() => void change({ disabled: !disabled })}>
          {t(disabled ? 'office.officers.enable' : 'office.officers.disable', { username })}
        </button>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => void change({ role: role === 'admin' ? 'officer' : 'admin' })}
        >
          {t(role === 'admin' ? 'office.officers.makeOfficer' : 'office.officers.makeAdmin', { username })}
        </button>
      </div>
      <form className="office-filters" onSubmit={reset}>
        <TextField
          label={t('office.officers.reset', { username })}
          type="password"
          autoComplete="new-password"
          maxLength={OFFICER_PASSWORD_MAX_LENGTH}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <button
          type="submit"
          className="btn btn-small"
          disabled={password.length < OFFICER_PASSWORD_MIN_LENGTH}
        >
          {t('office.officers.resetSubmit')}
        </button>
      </form>
    </li>
  );
}
