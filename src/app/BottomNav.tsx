import { routes, type Route } from '../features/routes';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/id';
import './BottomNav.css';

const ITEMS: ReadonlyArray<{ href: string; label: MessageKey; icon: string; screens: Route['screen'][] }> = [
  { href: routes.home, label: 'nav.home', icon: '⌂', screens: ['home'] },
  { href: routes.ledger, label: 'nav.ledger', icon: '☰', screens: ['ledger', 'entry', 'transferDetail'] },
  { href: routes.reports, label: 'nav.reports', icon: '▥', screens: ['reports'] },
  { href: routes.manage, label: 'nav.manage', icon: '▦', screens: ['manage'] },
  { href: routes.settings, label: 'nav.settings', icon: '⚙', screens: ['settings', 'newBook'] },
];

/** The main menu, in thumb reach at the bottom of the screen. */
export function BottomNav({ current }: { current: Route['screen'] }) {
  const { t } = useI18n();
  return (
    <nav className="bottom-nav" aria-label={t('nav.main')}>
      {ITEMS.map((item) => (
        <a
          key={item.href}
          href={item.href}
          aria-current={item.screens.includes(current) ? 'page' : undefined}
        >
          <span aria-hidden="true">{item.icon}</span>
          {t(item.label)}
        </a>
      ))}
    </nav>
  );
}
