import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { ContactScreen } from '../../src/features/credit/ContactScreen';
import { ContactsScreen } from '../../src/features/credit/ContactsScreen';
import { loadMessages } from '../../src/i18n/translate';
import {
  addContact,
  addEntry,
  addSettlement,
  contactPage,
  listContacts,
  type LumbungDb,
} from '../../src/storage';
import { InSession } from '../support/components/session';
import { freshDb, makeBook, sale, unwrap, type TestBook } from '../support/storage/db';

const TODAY = '2026-03-20';

beforeAll(() => loadMessages('credit'));

/** Bu Sari bought 50.000 on credit, paid 10.000 then, and 15.000 on 5 March. */
async function owingCustomer(db: LumbungDb, t: TestBook) {
  const sari = unwrap(await addContact(db, t.book.id, { name: 'Bu Sari', whatsapp: '', role: 'customer' }));
  unwrap(await addEntry(db, t.book.id, sale(t, { amount: 50_000, paid: 10_000, contactId: sari.id })));
  const fields = { type: 'collect' as const, contactId: sari.id, accountId: t.kas.id, note: '' };
  unwrap(await addSettlement(db, t.book.id, { ...fields, date: '2026-03-05', amount: 15_000 }));
  return sari;
}

async function showing(screenOf: (ids: { sari: string }) => React.ReactNode) {
  const db = freshDb();
  const t = await makeBook(db);
  const sari = await owingCustomer(db, t);
  render(
    <InSession db={db} book={t.book} today={TODAY}>
      {screenOf({ sari: sari.id })}
    </InSession>,
  );
  const owed = async () => (await contactPage(db, t.book.id, sari.id, TODAY))?.receivable.total;
  return { db, t, sari, owed, user: userEvent.setup() };
}

describe('a settlement in the contact’s history', () => {
  it('is corrected with a reason, and refused in words when it would be more than was owed', async () => {
    const { user, owed } = await showing(({ sari }) => <ContactScreen id={sari} />);
    const history = await screen.findByRole('region', { name: 'Riwayat' });
    await user.click(within(history).getByRole('button', { name: /Terima pembayaran/ }));
    const form = within(history).getByRole('form', { name: 'Ubah' });
    const amount = within(form).getByLabelText('Jumlah');
    await user.clear(amount);
    await user.type(amount, '45000');
    await user.click(within(form).getByRole('button', { name: 'Simpan perubahan' }));
    expect((await within(form).findByRole('alert')).textContent).toBe(
      'Tidak bisa: utang Bu Sari pada 5 Mar 2026 hanya Rp 40.000.',
    );
    expect(await owed()).toBe(25_000);

    await user.clear(amount);
    await user.type(amount, '40000');
    await user.type(within(form).getByLabelText('Alasan perubahan'), 'salah ketik');
    await user.click(within(form).getByRole('button', { name: 'Simpan perubahan' }));
    await waitFor(async () => expect(await owed()).toBe(0));
    await waitFor(() => expect(screen.getByTestId('contact-receivable').textContent).toContain('Rp 0'));
  });

  it('is voided with a reason, and what it settled is owed again', async () => {
    const { user, owed } = await showing(({ sari }) => <ContactScreen id={sari} />);
    const history = await screen.findByRole('region', { name: 'Riwayat' });
    await user.click(within(history).getByRole('button', { name: /Terima pembayaran/ }));
    await user.click(within(history).getByRole('button', { name: 'Batalkan catatan' }));
    await user.type(within(history).getByLabelText('Alasan pembatalan'), 'uangnya palsu');
    await user.click(within(history).getByRole('button', { name: 'Batalkan catatan ini' }));
    await waitFor(async () => expect(await owed()).toBe(40_000));
    await waitFor(() => expect(screen.getByTestId('contact-receivable').textContent).toContain('Rp 40.000'));
    expect(within(history).getByText(/dibatalkan/)).toBeTruthy();
    expect(within(history).queryByRole('button', { name: /Terima pembayaran/ })).toBeNull();
  });
});

describe('hiding a contact', () => {
  it('keeps its figures, takes it off the list, and shows it again from the hidden list', async () => {
    const { db, t, user, owed } = await showing(({ sari }) => <ContactScreen id={sari} />);
    await user.click(await screen.findByRole('button', { name: 'Sembunyikan kontak' }));
    await screen.findByText(/disembunyikan dari daftar/);
    expect((await listContacts(db, t.book.id))[0]?.hidden).toBe(true);
    expect(await owed()).toBe(25_000);
    expect(screen.getByTestId('contact-receivable').textContent).toContain('Rp 25.000');

    render(
      <InSession db={db} book={t.book} today={TODAY}>
        <ContactsScreen />
      </InSession>,
    );
    const toHidden = await screen.findByRole('button', { name: 'Kontak tersembunyi (1)' });
    expect(screen.queryByRole('link', { name: /Bu Sari/ })).toBeNull();
    await user.click(toHidden);
    await user.click(await screen.findByRole('link', { name: /Bu Sari/ }));
    await user.click(screen.getByRole('button', { name: 'Tampilkan lagi' }));
    await waitFor(async () => expect((await listContacts(db, t.book.id))[0]?.hidden).toBe(false));
  });
});
