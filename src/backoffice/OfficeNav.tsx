import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/id';
import { api, type Session } from './api';

const LINKS: { href: string; label: MessageKey; admin?: true }[] = [
  { href: '#/', label: 'office.nav.statements' },
  { href: '#/enrol', label: 'office.nav.enrol' },
  { href: '#/member/', label: 'office.nav.member' },
  { href: '#/officers', label: 'office.nav.officers', admin: true },
  { href: '#/branches', label: 'office.nav.branches', admin: true },
  { href: '#/audit', label: 'office.nav.audit', admin: true },
];

/** The office's header: who is signed in, the screens they may open, signing out here or everywhere. */
export function OfficeNav({ session, onSignedOut }: { session: Session; onSignedOut: () => void }) {
  const { t } = useI18n();
  const signOut = (path: '/session' | '/sessions') => api('DELETE', path).then(onSignedOut, onSignedOut);
  return (
    <header className="office-header">
      <p className="office-who">
        {t('office.signedInAs', {
          username: session.username,
          role: t(`office.role.${session.role}`),
          branch: session.branch,
        })}
      </p>
      <nav aria-label={t('office.nav')}>
        <ul className="office-links">
          {LINKS.filter((link) => !link.admin || session.role === 'admin').map((link) => (
            <li key={link.href}>
              <a className="btn btn-small" href={link.href}>
                {t(link.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="office-signout">
        <button type="button" className="btn btn-small" onClick={() => void signOut('/session')}>
          {t('office.signOut')}
        </button>
        <button type="button" className="btn btn-small" onClick={() => void signOut('/sessions')}>
          {t('office.signOutAll')}
        </button>
      </div>
    </header>
  );
}
