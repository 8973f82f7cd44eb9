import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { ContactsScreen } from '../../src/features/credit/ContactsScreen';
import { loadMessages } from '../../src/i18n/translate';
import { addContact } from '../../src/storage';
import { InSession } from '../support/components/session';
import { freshDb, makeBook, unwrap } from '../support/storage/db';

beforeAll(() => loadMessages('credit'));

/** The contact list of a book with three contacts, two of them with a WhatsApp number. */
async function listOfThree() {
  const db = freshDb();
  const t = await makeBook(db);
  for (const [name, whatsapp] of [
    ['Bu Séri', '081234567890'],
    ['Toko Ánggrek', '+62 857 1111 2222'],
    ['Pak Dodi', ''],
  ] as const)
    unwrap(await addContact(db, t.book.id, { name, whatsapp, role: 'customer' }));
  render(
    <InSession db={db} book={t.book} today="2026-03-20">
      <ContactsScreen />
    </InSession>,
  );
  await screen.findByRole('link', { name: /Pak Dodi/ });
  const user = userEvent.setup();
  const box = screen.getByRole('searchbox', { name: 'Cari nama atau nomor WhatsApp' });
  /** Types a search into the box (cleared first) and reads the names the list then shows. */
  const search = async (text: string) => {
    await user.clear(box);
    if (text !== '') await user.type(box, text);
    const list = screen.getByRole('list');
    return within(list)
      .queryAllByRole('link')
      .map((a) => a.querySelector('.contact-name')?.textContent);
  };
  return { search };
}

describe('the contact list’s search box', () => {
  it('finds a name by any part of it, whatever its case, accents written apart or invisible characters', async () => {
    const { search } = await listOfThree();
    expect((await search('')).sort()).toEqual(['Bu Séri', 'Pak Dodi', 'Toko Ánggrek']);
    expect(await search('SÉR')).toEqual(['Bu Séri']);
    // é typed as e and a combining accent is the same letter; a zero-width space inside counts for nothing.
    expect(await search('se\u0301ri')).toEqual(['Bu Séri']);
    expect(await search('án\u200Bggrek')).toEqual(['Toko Ánggrek']);
    expect(await search('pak d')).toEqual(['Pak Dodi']);
    expect(screen.queryByText('Tidak ada kontak dengan nama atau nomor itu.')).toBeNull();
  });

  it('finds a contact by part of its WhatsApp number, written with 0, 62 or +62 and spaces', async () => {
    const { search } = await listOfThree();
    expect(await search('0812 345')).toEqual(['Bu Séri']);
    expect(await search('4567')).toEqual(['Bu Séri']);
    expect(await search('+62857')).toEqual(['Toko Ánggrek']);
    expect(await search('62 857-1111')).toEqual(['Toko Ánggrek']);
    expect(await search('1111 2222')).toEqual(['Toko Ánggrek']);
  });

  it('says so when nothing matches', async () => {
    const { search } = await listOfThree();
    expect(await search('Bu Rina')).toEqual([]);
    expect(screen.getByText('Tidak ada kontak dengan nama atau nomor itu.')).toBeTruthy();
    expect(await search('0899')).toEqual([]);
    expect(screen.getByText('Tidak ada kontak dengan nama atau nomor itu.')).toBeTruthy();
    expect(await search('dodi')).toEqual(['Pak Dodi']);
    expect(screen.queryByText('Tidak ada kontak dengan nama atau nomor itu.')).toBeNull();
  });
});
