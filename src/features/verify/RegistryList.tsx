import { useLiveQuery } from 'dexie-react-hooks';
import { useI18n } from '../../i18n/I18nProvider';
import { forgetMember, listMembers, type KeyringDb } from '../../storage/lazy';
import '../statement/view/statement-view.css';

/** The members registered on this device with their fingerprints; an entry can be removed. */
export function RegistryList({ keyring }: { keyring: KeyringDb }) {
  const { t, date } = useI18n();
  const members = useLiveQuery(() => listMembers(keyring), [keyring]);
  if (!members || members.length === 0) return null;
  return (
    <details className="card more registry">
      <summary>{t('verify.registry.title', { count: members.length })}</summary>
      <ul className="manage-list">
        {members.map((m) => (
          <li key={m.key}>
            <span className="manage-name">
              {m.memberNumber}
              {m.name && ` · ${m.name}`}
              <span className="cell-sub mono">{m.fingerprint}</span>
              <span className="cell-sub">
                {t('verify.registry.since', { date: date(m.registeredAt.slice(0, 10)) })}
              </span>
            </span>
            <button
              type="button"
              className="btn btn-small"
              aria-label={t('verify.registry.forgetOne', { member: m.memberNumber })}
              onClick={() => void forgetMember(keyring, m.key)}
            >
              {t('verify.registry.forget')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
