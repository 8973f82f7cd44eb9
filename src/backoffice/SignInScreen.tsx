import { OFFICER_PASSWORD_MAX_LENGTH, OFFICER_USERNAME_MAX_LENGTH } from '../domain/limits';
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { TextField } from '../ui/TextField';
import { api, type Session } from './api';
import { OfficeError } from './OfficeError';
import { useOfficeSubmit } from './use-office-submit';

/** Signing in with a username and password; the server's refusal (wrong, locked, too many) is shown as said. */
export function SignInScreen(props: { expired: boolean; onSignedIn: (session: Session) => void }) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const form = useOfficeSubmit(
    async () => props.onSignedIn(await api<Session>('POST', '/session', { json: { username, password } })),
    () => setPassword(''),
  );
  return (
    <main className="office-signin">
      <h1>{t('office.signIn.title')}</h1>
      <p>{t('office.signIn.intro')}</p>
      {props.expired && <p className="office-notice">{t('office.error.session')}</p>}
      <form onSubmit={form.submit} noValidate>
        <TextField
          label={t('office.signIn.username')}
          value={username}
          autoComplete="username"
          autoCapitalize="none"
          maxLength={OFFICER_USERNAME_MAX_LENGTH}
          onChange={(event) => setUsername(event.target.value.trim().toLowerCase())}
        />
        <TextField
          label={t('office.signIn.password')}
          type="password"
          value={password}
          autoComplete="current-password"
          maxLength={OFFICER_PASSWORD_MAX_LENGTH}
          onChange={(event) => setPassword(event.target.value)}
        />
        <OfficeError text={form.error} testId="signin-error" />
        <button
          type="submit"
          className="btn btn-primary btn-wide"
          disabled={form.busy || !username || !password}
        >
          {t('office.signIn.submit')}
        </button>
      </form>
    </main>
  );
}
