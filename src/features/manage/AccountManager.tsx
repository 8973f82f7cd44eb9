import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { inputMaxLength, NAME_MAX_LENGTH } from '../../domain/limits';
import type { Account, AccountType } from '../../domain/model';
import { addAccount, listAccounts, renameAccount, setAccountHidden } from '../../storage';
import { useI18n } from '../../i18n/I18nProvider';
import { ChoiceChips } from '../../ui/ChoiceChips';
import { TextField } from '../../ui/TextField';
import { useToast } from '../../ui/Toast';
import { useSession } from '../session/SessionContext';
import { InlineRename } from './InlineRename';

const TYPES: AccountType[] = ['cash', 'bank', 'ewallet'];

/** Accounts: Kas always there; banks and e-wallets added, renamed or hidden. */
export function AccountManager() {
  const { db, book } = useSession();
  const { t, problem } = useI18n();
  const accounts = useLiveQuery(() => listAccounts(db, book.id), [db, book.id]);
  const [name, setName] = useState('');
  const [type, setType] = useState<AccountType>('bank');
  const [error, setError] = useState<string | null>(null);
  if (!accounts) return null;
  const add = async () => {
    if (!name.trim()) return setError(t('book.required'));
    const made = await addAccount(db, book.id, { name: name.trim(), type });
    if (!made.ok) return setError(made.errors.map(problem).join(' '));
    setName('');
    setError(null);
  };
  return (
    <section className="card" aria-labelledby="accounts-h">
      <h2 id="accounts-h">{t('account.title')}</h2>
      <ul className="manage-list">
        {accounts.map((a) => (
          <AccountItem key={a.id} account={a} />
        ))}
      </ul>
      <div className="sub-form">
        <TextField
          label={t('account.name')}
          value={name}
          maxLength={inputMaxLength(NAME_MAX_LENGTH)}
          onChange={(e) => (setName(e.target.value), setError(null))}
          error={error ?? undefined}
        />
        <ChoiceChips
          legend={t('account.type')}
          name="account-type"
          options={TYPES.map((v) => ({ value: v, label: t(`account.type.${v}`) }))}
          value={type}
          onChange={setType}
        />
        <button type="button" className="btn btn-primary" onClick={() => void add()}>
          {t('account.add')}
        </button>
      </div>
    </section>
  );
}

function AccountItem({ account }: { account: Account }) {
  const { db } = useSession();
  const { t, problem } = useI18n();
  const toast = useToast();
  const [renaming, setRenaming] = useState(false);
  if (renaming)
    return (
      <li>
        <InlineRename
          label={t('account.name')}
          name={account.name}
          onDone={() => setRenaming(false)}
          onSave={async (name) => {
            const r = await renameAccount(db, account.id, name);
            return r.ok ? null : r.errors.map(problem).join(' ');
          }}
        />
      </li>
    );
  const isCash = account.type === 'cash' && account.name === 'Kas';
  return (
    <li className={account.hidden ? 'hidden-item' : undefined}>
      <span className="manage-name">
        {account.name} <span className="muted">· {t(`account.type.${account.type}`)}</span>
        {account.hidden && <span className="badge">{t('category.hidden')}</span>}
      </span>
      {!isCash && (
        <span className="manage-actions">
          <button type="button" className="btn btn-small" onClick={() => setRenaming(true)}>
            {t('account.rename')}
          </button>
          <button
            type="button"
            className="btn btn-small"
            onClick={() =>
              void setAccountHidden(db, account.id, !account.hidden).then((r) => {
                if (!r.ok) toast.show(r.errors.map(problem).join(' '), 'error');
              })
            }
          >
            {t(account.hidden ? 'account.show' : 'account.hide')}
          </button>
        </span>
      )}
    </li>
  );
}
