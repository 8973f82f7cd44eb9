import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { HomeStockCard } from '../../src/features/stock/HomeStockCard';
import { OpeningScreen } from '../../src/features/stock/OpeningScreen';
import { StockScreen } from '../../src/features/stock/StockScreen';
import { loadMessages } from '../../src/i18n/translate';
import { addEntry, listContacts, listOpeningItems, listStockCounts, positionAt } from '../../src/storage';
import { InSession } from '../support/components/session';
import { freshDb, makeBook, unwrap } from '../support/storage/db';

const TODAY = '2026-05-10';

beforeAll(() => loadMessages('stock'));

async function showing(screenOf: () => React.ReactNode) {
  const db = freshDb();
  const t = await makeBook(db);
  render(
    <InSession db={db} book={t.book} today={TODAY}>
      {screenOf()}
    </InSession>,
  );
  return { db, t, user: userEvent.setup() };
}

describe('Hitung stok', () => {
  it('records a count, lists it, and refuses a second count of the same day in words', async () => {
    const { db, t, user } = await showing(() => <StockScreen />);
    await screen.findByText('Belum ada hitungan stok.');
    await user.type(screen.getByLabelText('Nilai stok (harga beli)'), '1750000');
    await user.click(screen.getByRole('button', { name: 'Simpan hitungan' }));
    const list = screen.getByRole('region', { name: 'Hitungan sebelumnya' });
    await waitFor(() => expect(list.textContent).toContain('Rp 1.750.000'));
    const [count] = await listStockCounts(db, t.book.id);
    expect(count).toMatchObject({ date: TODAY, value: 1_750_000, opening: false, voided: false });

    await user.type(screen.getByLabelText('Nilai stok (harga beli)'), '5');
    await user.click(screen.getByRole('button', { name: 'Simpan hitungan' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Sudah ada hitungan stok untuk tanggal');
    expect(await listStockCounts(db, t.book.id)).toHaveLength(1);
  });

  it('takes zero as a count and asks for a value left empty', async () => {
    const { db, t, user } = await showing(() => <StockScreen />);
    await user.click(await screen.findByRole('button', { name: 'Simpan hitungan' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Isi nilai stok (0 bila habis).');
    expect(await listStockCounts(db, t.book.id)).toHaveLength(0);
    await user.type(screen.getByLabelText('Nilai stok (harga beli)'), '0');
    await user.click(screen.getByRole('button', { name: 'Simpan hitungan' }));
    await waitFor(async () => expect(await listStockCounts(db, t.book.id)).toHaveLength(1));
  });
});

describe('Saldo awal', () => {
  it('adds a new customer by name with what they owed, and the position counts it as capital', async () => {
    const { db, t, user } = await showing(() => <OpeningScreen />);
    const card = await screen.findByRole('region', { name: 'Piutang awal' });
    await user.type(within(card).getByLabelText('Nama pelanggan'), 'Bu Sari');
    await user.type(within(card).getByLabelText('Utangnya kepada usaha'), '300000');
    await user.click(within(card).getByRole('button', { name: 'Tambah piutang awal' }));
    await within(card).findByText('Bu Sari');
    const contacts = await listContacts(db, t.book.id);
    expect(contacts.map((c) => [c.name, c.role])).toEqual([['Bu Sari', 'customer']]);
    const [item] = await listOpeningItems(db, t.book.id);
    expect(item).toMatchObject({ side: 'receivable', amount: 300_000, contactId: contacts[0]?.id });
    const position = await positionAt(db, t.book.id, TODAY);
    expect(position).toMatchObject({ receivables: 300_000, paidInCapital: 300_000, totalAssets: 300_000 });
  });

  it('reuses a contact whose name differs only in case, and asks for a name left empty', async () => {
    const { db, t, user } = await showing(() => <OpeningScreen />);
    const card = await screen.findByRole('region', { name: 'Utang awal' });
    await user.type(within(card).getByLabelText('Utang usaha kepadanya'), '50000');
    await user.click(within(card).getByRole('button', { name: 'Tambah utang awal' }));
    expect((await within(card).findByRole('alert')).textContent).toContain('Isi nama.');
    await user.type(within(card).getByLabelText('Nama pemasok'), 'Toko Jaya');
    await user.click(within(card).getByRole('button', { name: 'Tambah utang awal' }));
    await within(card).findByText('Toko Jaya');
    await user.type(within(card).getByLabelText('Nama pemasok'), 'TOKO JAYA');
    await user.type(within(card).getByLabelText('Utang usaha kepadanya'), '20000');
    await user.click(within(card).getByRole('button', { name: 'Tambah utang awal' }));
    await waitFor(async () => expect(await listOpeningItems(db, t.book.id)).toHaveLength(2));
    expect(await listContacts(db, t.book.id)).toHaveLength(1);
  });

  it('keeps no new contact when the opening item is refused, and saves both once it is right', async () => {
    const { db, t, user } = await showing(() => <OpeningScreen />);
    const card = await screen.findByRole('region', { name: 'Piutang awal' });
    await user.type(within(card).getByLabelText('Nama pelanggan'), 'Pak Darto');
    await user.type(within(card).getByLabelText('Utangnya kepada usaha'), '120000');
    const due = within(card).getByLabelText('Jatuh tempo (boleh kosong)');
    await user.type(due, '2026-01-02');
    await user.click(within(card).getByRole('button', { name: 'Tambah piutang awal' }));
    expect((await within(card).findByRole('alert')).textContent).toContain('Jatuh tempo');
    expect(await listContacts(db, t.book.id)).toEqual([]);
    expect(await listOpeningItems(db, t.book.id)).toEqual([]);

    await user.clear(due);
    await user.click(within(card).getByRole('button', { name: 'Tambah piutang awal' }));
    await within(card).findByText('Pak Darto');
    const contacts = await listContacts(db, t.book.id);
    expect(contacts.map((c) => [c.name, c.role])).toEqual([['Pak Darto', 'customer']]);
    expect(await listOpeningItems(db, t.book.id)).toMatchObject([
      { amount: 120_000, contactId: contacts[0]?.id },
    ]);
  });
});

describe('home stock card', () => {
  it('asks an empty book about opening items until the member skips', async () => {
    const { user } = await showing(() => <HomeStockCard />);
    await screen.findByRole('heading', { name: 'Usaha ini sudah berjalan?' });
    await user.click(screen.getByRole('button', { name: 'Lewati' }));
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Usaha ini sudah berjalan?' })).toBeNull(),
    );
  });

  it('reminds a shop that bought goods over a month ago and never counted, until set aside', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const goods = t.category('Belanja stok/bahan');
    unwrap(
      await addEntry(db, t.book.id, {
        date: '2026-03-20',
        direction: 'out',
        amount: 400_000,
        categoryId: goods.id,
        accountId: t.kas.id,
        note: '',
        counterparty: '',
      }),
    );
    render(
      <InSession db={db} book={t.book} today={TODAY}>
        <HomeStockCard />
      </InSession>,
    );
    await screen.findByRole('heading', { name: 'Waktunya hitung stok' });
    expect(screen.getByRole('link', { name: 'Hitung sekarang' }).getAttribute('href')).toBe('#/stok');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Nanti saja' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Waktunya hitung stok' })).toBeNull());
  });
});
