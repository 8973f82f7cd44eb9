import { describe, expect, it } from 'vitest';
import { addContact, addEntry, bookDebts, editContact, hideContact, LumbungDb } from '../../src/storage';
import { lastBasis } from '../../src/storage/commit';
import { freshName, makeBook, sale, unwrap } from '../support/storage/db';
import { useSharedLocalStorage } from '../support/storage/shared-local-storage';

describe('a run of credit sales to one contact, with the contact changed in another tab', () => {
  useSharedLocalStorage();

  it('notices the contact hidden or renamed in the other tab at the next sale, and keeps every figure', async () => {
    const name = freshName();
    const [here, there] = [new LumbungDb(name), new LumbungDb(name)];
    const t = await makeBook(here);
    const sari = unwrap(
      await addContact(here, t.book.id, { name: 'Bu Sari', whatsapp: '', role: 'customer' }),
    );
    const onCredit = (amount: number) => sale(t, { contactId: sari.id, paid: 0, amount, date: '2026-03-02' });
    unwrap(await addEntry(here, t.book.id, onCredit(10_000)));
    unwrap(await addEntry(here, t.book.id, onCredit(5_000)));
    expect(lastBasis(here, t.book.id)?.contacts.get(sari.id)?.hidden).toBe(false);

    unwrap(await hideContact(there, sari.id, true));
    unwrap(await addEntry(here, t.book.id, onCredit(2_000)));
    expect(lastBasis(here, t.book.id)?.contacts.get(sari.id)?.hidden).toBe(true);

    unwrap(await editContact(there, sari.id, { name: 'Bu Sari Wati', whatsapp: '', role: 'customer' }));
    unwrap(await addEntry(here, t.book.id, onCredit(1_000)));
    expect(lastBasis(here, t.book.id)?.contacts.get(sari.id)?.name).toBe('Bu Sari Wati');

    expect((await bookDebts(there, t.book.id, '2026-03-02')).receivable.total).toBe(18_000);
    here.close();
    there.close();
  });
});
