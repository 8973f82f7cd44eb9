import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { BookForm, emptyBookDetails, type BookDetails } from '../../src/features/book/BookForm';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import type { Language } from '../../src/i18n/translate';

function renderForm(language: Language = 'id') {
  const onSubmit = vi.fn<(details: BookDetails) => Promise<string | null>>(async () => null);
  render(
    <I18nProvider language={language}>
      <BookForm
        initial={{ ...emptyBookDetails(), name: 'Toko Kecil', owner: 'Yohana' }}
        submitLabel="Simpan"
        onSubmit={onSubmit}
      />
    </I18nProvider>,
  );
  return { user: userEvent.setup(), onSubmit };
}

describe('the book’s member number', () => {
  it.each([
    ['a non-breaking hyphen', 'KD\u20110042'],
    ['a Cyrillic К', '\u041aD-0042'],
  ])('is refused in Indonesian when it holds %s, and nothing is saved', async (_, typed) => {
    const { user, onSubmit } = renderForm();
    await user.type(screen.getByLabelText(/Nomor anggota/), typed);
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(screen.getByText(/Nomor anggota hanya boleh berisi huruf A–Z, angka 0–9/)).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('is accepted when plain, and the form hands it on', async () => {
    const { user, onSubmit } = renderForm();
    await user.type(screen.getByLabelText(/Nomor anggota/), 'KD-0042');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ memberNumber: 'KD-0042' }));
    expect(screen.queryByText(/Nomor anggota hanya boleh/)).toBeNull();
  });
});
