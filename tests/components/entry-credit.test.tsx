import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EditEntryScreen } from '../../src/features/entry-detail/EditEntryScreen';
import { EntryDetailScreen } from '../../src/features/entry-detail/EntryDetailScreen';
import { addContact, addEntry, addSettlement, contactPage, getEntry } from '../../src/storage';
import { InSession } from '../support/components/session';
import { freshDb, makeBook, sale, unwrap } from '../support/storage/db';

const TODAY = '2026-03-20';

/** Bu Sari bought 50.000 on 2 March, paid 10.000 then, due 10 March, and paid 15.000 on 5 March. */
async function creditSale(screenOf: (id: string) => React.ReactNode) {
  const db = freshDb();
  const t = await makeBook(db);
  const sari = unwrap(await addContact(db, t.book.id, { name: 'Bu Sari', whatsapp: '', role: 'customer' }));
  const entry = unwrap(
    await addEntry(
      db,
      t.book.id,
      sale(t, { amount: 50_000, paid: 10_000, contactId: sari.id, dueDate: '2026-03-10' }),
    ),
  );
  const fields = { type: 'collect' as const, contactId: sari.id, accountId: t.kas.id, note: '' };
  unwrap(await addSettlement(db, t.book.id, { ...fields, date: '2026-03-05', amount: 15_000 }));
  render(
    <InSession db={db} book={t.book} today={TODAY}>
      {screenOf(entry.id)}
    </InSession>,
  );
  const owed = async () => (await contactPage(db, t.book.id, sari.id, TODAY))?.receivable.total;
  return { db, entry, sari, owed, user: userEvent.setup() };
}

describe('a credit sale’s detail', () => {
  it('shows the contact with a link to their page, what was paid then, what is left and when it was due', async () => {
    const { sari } = await creditSale((id) => <EntryDetailScreen id={id} />);
    const card = await screen.findByRole('region', { name: 'Utang-piutang' });
    expect(within(card).getByRole('link', { name: 'Bu Sari' }).getAttribute('href')).toBe(
      `#/kontak/${sari.id}`,
    );
    expect(card.textContent).toContain('Dibayar saat ituRp 10.000');
    const left = within(card).getByTestId('entry-owed');
    expect(left.textContent).toBe('Rp 25.000');
    expect(left.className).toBe('overdue');
    expect(within(card).getByText(/10 Maret 2026/)).toBeTruthy();
  });

  it('says plainly why a void is refused when a payment was recorded against it', async () => {
    const { user, owed } = await creditSale((id) => <EntryDetailScreen id={id} />);
    await screen.findByRole('region', { name: 'Utang-piutang' });
    await user.click(screen.getByRole('button', { name: 'Batalkan catatan' }));
    await user.type(screen.getByLabelText('Alasan pembatalan'), 'salah catat');
    await user.click(screen.getByRole('button', { name: 'Batalkan catatan ini' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Ubah atau batalkan pembayaran itu dulu di halaman Bu Sari.',
    );
    expect(await owed()).toBe(25_000);
  });
});

describe('editing a credit sale', () => {
  it('keeps the payment already recorded when the amount goes up', async () => {
    const { db, entry, user, owed } = await creditSale((id) => <EditEntryScreen id={id} />);
    const amount = await screen.findByLabelText('Jumlah');
    await user.clear(amount);
    await user.type(amount, '60000');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(async () => expect(await owed()).toBe(35_000));
    expect((await getEntry(db, entry.id))?.paid).toBe(10_000);
  });

  it('refuses in words an amount below what was already paid, and changes nothing', async () => {
    const { db, entry, user, owed } = await creditSale((id) => <EditEntryScreen id={id} />);
    const amount = await screen.findByLabelText('Jumlah');
    await user.clear(amount);
    await user.type(amount, '20000');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Tidak bisa: utang Bu Sari pada 5 Mar 2026 hanya Rp 10.000. ' +
        'Pembayaran Bu Sari yang sudah dicatat lebih besar dari utangnya bila catatan ini diubah. ' +
        'Ubah atau batalkan pembayaran itu dulu di halaman Bu Sari.',
    );
    expect(await owed()).toBe(25_000);
    expect((await getEntry(db, entry.id))?.amount).toBe(50_000);
  });
});
