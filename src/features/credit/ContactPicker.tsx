import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Direction } from '../../domain/kinds';
import { inputMaxLength, NAME_MAX_LENGTH } from '../../domain/limits';
import { nameKey } from '../../domain/text';
import { useI18n } from '../../i18n/I18nProvider';
import { addContact, listContacts } from '../../storage';
import { ChoiceChips } from '../../ui/ChoiceChips';
import { TextField } from '../../ui/TextField';
import { useSession } from '../session/SessionContext';

/** How many matching contacts are offered as chips at once. */
const SHOWN = 6;

/**
 * Picks the contact of a credit sale or purchase: type to narrow the book's contacts, tap one, or
 * add the typed name as a new customer (money in) or supplier (money out) in one tap.
 */
export function ContactPicker(props: {
  direction: Direction;
  contactId: string;
  onPick: (contactId: string) => void;
  error?: string | undefined;
}) {
  const { db, book } = useSession();
  const { t, problem } = useI18n();
  const [search, setSearch] = useState('');
  const [addError, setAddError] = useState<string>();
  const contacts = useLiveQuery(() => listContacts(db, book.id), [db, book.id]) ?? [];
  const wanted = nameKey(search);
  const picked = contacts.find((c) => c.id === props.contactId);
  const matching = contacts.filter((c) => !c.hidden && nameKey(c.name).includes(wanted));
  const offered = [...(picked ? [picked] : []), ...matching.filter((c) => c.id !== picked?.id)].slice(
    0,
    SHOWN,
  );
  const exact = contacts.some((c) => nameKey(c.name) === wanted);
  const add = async () => {
    const role = props.direction === 'in' ? 'customer' : 'supplier';
    const made = await addContact(db, book.id, { name: search, whatsapp: '', role });
    if (!made.ok) return setAddError(made.errors.map(problem).join(' '));
    setAddError(undefined);
    setSearch('');
    props.onPick(made.value.id);
  };
  return (
    <>
      <TextField
        label={t('credit.entry.contact')}
        type="search"
        value={search}
        maxLength={inputMaxLength(NAME_MAX_LENGTH)}
        onChange={(e) => (setSearch(e.target.value), setAddError(undefined))}
        error={addError}
      />
      <ChoiceChips
        legend={t('credit.entry.pick')}
        name="contact"
        options={offered.map((c) => ({ value: c.id, label: c.name }))}
        value={props.contactId}
        onChange={props.onPick}
        error={props.error}
        extra={
          wanted !== '' &&
          !exact && (
            <button type="button" className="chip chip-add" onClick={() => void add()}>
              + {t('credit.entry.addNew', { name: search.trim() })}
            </button>
          )
        }
      />
    </>
  );
}
