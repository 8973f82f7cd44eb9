import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Account, Category, EntryFields } from '../../src/domain/model';
import { EntryForm } from '../../src/features/entry/EntryForm';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import type { Language } from '../../src/i18n/translate';

const at = '2026-03-01T00:00:00.000Z';
const categories: Category[] = [
  { id: 'c-sales', bookId: 'b', name: 'Penjualan', kind: 'pendapatan', hidden: false, createdAt: at },
  {
    id: 'c-other',
    bookId: 'b',
    name: 'Pendapatan lain',
    kind: 'pendapatan_lain',
    hidden: false,
    createdAt: at,
  },
];
const accounts: Account[] = [
  { id: 'a-kas', bookId: 'b', name: 'Kas', type: 'cash', hidden: false, createdAt: at },
  { id: 'a-bri', bookId: 'b', name: 'BRI', type: 'bank', hidden: false, createdAt: at },
];

function renderForm(language: Language = 'id', categoryId = '') {
  const onSubmit = vi.fn<(fields: EntryFields, reason: string) => Promise<string | null>>(async () => null);
  render(
    <I18nProvider language={language}>
      <EntryForm
        direction="in"
        initial={{
          digits: '',
          categoryId,
          accountId: 'a-kas',
          date: '2026-03-14',
          note: '',
          counterparty: '',
        }}
        categories={categories}
        accounts={accounts}
        submitLabel={language === 'id' ? 'Simpan' : 'Save'}
        onSubmit={onSubmit}
        onCreateCategory={async () => ({ id: 'new' })}
      />
    </I18nProvider>,
  );
  return { onSubmit, user: userEvent.setup() };
}

describe('EntryForm', () => {
  it('formats the amount as Rupiah while the member types', async () => {
    const { user } = renderForm();
    const amount = screen.getByLabelText('Jumlah');
    expect(amount).toHaveProperty('inputMode', 'numeric');
    await user.type(amount, '1250000');
    expect((amount as HTMLInputElement).value).toBe('1.250.000');
  });

  it('ignores letters and leading zeros typed into the amount', async () => {
    const { user } = renderForm();
    const amount = screen.getByLabelText('Jumlah');
    await user.type(amount, '00a25b000');
    expect((amount as HTMLInputElement).value).toBe('25.000');
  });

  it('says what is missing and saves nothing', async () => {
    const { user, onSubmit } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(screen.getByText('Isi jumlah uang.')).toBeTruthy();
    expect(screen.getByText('Pilih kategori.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses a zero amount with a message', async () => {
    const { user, onSubmit } = renderForm('id', 'c-sales');
    await user.type(screen.getByLabelText('Jumlah'), '0');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(screen.getByText('Jumlah harus lebih dari 0.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses an impossible date', async () => {
    const { user, onSubmit } = renderForm('id', 'c-sales');
    await user.type(screen.getByLabelText('Jumlah'), '5000');
    const date = screen.getByLabelText('Tanggal');
    await user.clear(date);
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(screen.getByText('Tanggal tidak valid.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('saves whole Rupiah with the chosen category and account', async () => {
    const { user, onSubmit } = renderForm();
    await user.type(screen.getByLabelText('Jumlah'), '25000');
    await user.click(screen.getByLabelText('Penjualan'));
    await user.click(screen.getByLabelText('BRI'));
    await user.click(screen.getByText('Tambah catatan'));
    await user.type(screen.getByLabelText('Catatan'), 'jual kopi, 10 bungkus');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(onSubmit).toHaveBeenCalledWith(
      {
        date: '2026-03-14',
        direction: 'in',
        amount: 25000,
        categoryId: 'c-sales',
        accountId: 'a-bri',
        note: 'jual kopi, 10 bungkus',
        counterparty: '',
      },
      '',
    );
  });

  it('speaks English when asked', async () => {
    const { user } = renderForm('en');
    // The English messages load on first use; the form speaks English once they are in.
    expect(await screen.findByText('Amount')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Enter the amount.')).toBeTruthy();
    expect(screen.getByText('Choose a category.')).toBeTruthy();
  });

  it('shows the save error the storage gave back, keeping the input', async () => {
    const { user, onSubmit } = renderForm('id', 'c-sales');
    onSubmit.mockResolvedValueOnce('Penyimpanan penuh.');
    await user.type(screen.getByLabelText('Jumlah'), '7000');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Penyimpanan penuh.')).toBeTruthy();
    expect((screen.getByLabelText('Jumlah') as HTMLInputElement).value).toBe('7.000');
  });
});
