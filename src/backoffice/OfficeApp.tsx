import { useEffect, useState } from 'react';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import type { Language } from '../i18n/translate';
import { api, onSessionEnded, setCsrfToken, type Session } from './api';
import { OfficeNav } from './OfficeNav';
import { OfficeScreen } from './OfficeScreen';
import { SignInScreen } from './SignInScreen';

/** The session as known: still asking, signed out, or signed in. */
type SessionState =
  { state: 'loading' } | { state: 'out'; expired: boolean } | { state: 'in'; session: Session };

function Office() {
  const { t } = useI18n();
  const [session, setSession] = useState<SessionState>({ state: 'loading' });
  const signedIn = (value: Session) => {
    setCsrfToken(value.csrfToken);
    setSession({ state: 'in', session: value });
  };
  const signedOut = (expired: boolean) => {
    setCsrfToken('');
    setSession({ state: 'out', expired });
  };
  useEffect(() => {
    api<Session>('GET', '/session').then(signedIn, () => signedOut(false));
  }, []);
  // A request refused for want of a session (it expired, or was ended elsewhere) signs this page out.
  useEffect(() => onSessionEnded(() => signedOut(true)), []);
  useEffect(() => {
    document.title = t('office.title');
  }, [t]);
  if (session.state === 'loading') return <p className="office-loading">{t('office.loading')}</p>;
  if (session.state === 'out') return <SignInScreen expired={session.expired} onSignedIn={signedIn} />;
  return (
    <div className="office">
      <OfficeNav session={session.session} onSignedOut={() => signedOut(false)} />
      <main className="office-main" id="main">
        <OfficeScreen session={session.session} />
      </main>
    </div>
  );
}

/** The officers' web app: sign-in, then the branch's screens. */
export function OfficeApp({ language }: { language: Language }) {
  return (
    <I18nProvider language={language}>
      <Office />
    </I18nProvider>
  );
}
