import { OFFICER_PASSWORD_MAX_LENGTH, OFFICER_USERNAME_MAX_LENGTH } from '../domain/limits';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { TextField } from '../ui/TextField';
import { api, type Session } from './api';
import { useErrorText } from './use-error-text';

/** Signing in with a username and password; the server's refusal (wrong, locked, too many) is shown as said. */
export function SignInScreen(props: { expired: boolean; onSignedIn: (session: Session) => void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      props.onSignedIn(await api<Session>('POST', '/session', { json: { username, password } }));
    } catch (refused) {
      setError(errorText(refused));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="office-signin">
      <h1>{t('office.signIn.title')}</h1>
      <p>{t('office.signIn.intro')}</p>
      {props.expired && <p className="office-notice">{t('office.error.session')}</p>}
      <form onSubmit={(event) => void submit(event)} noValidate>
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
        {error && (
          <p className="office-error" role="alert" data-testid="signin-error">
            {error}
          </p>
        )}
        <button type="submit" className="btn btn-primary btn-wide" disabled={busy || !username || !password}>
          {t('office.signIn.submit')}
        </button>
      </form>
    </main>
  );
}
