import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ContactForm } from '../../src/features/credit/ContactForm';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import { creditId } from '../../src/i18n/credit.id';
import { addMessages } from '../../src/i18n/translate';

addMessages('id', creditId);

type SaveContact = Parameters<typeof ContactForm>[0]['onSave'];

const renderForm = (onSave = vi.fn<SaveContact>(async () => [])) => {
  render(
    <I18nProvider language="id">
      <ContactForm onSave={onSave} />
    </I18nProvider>,
  );
  return onSave;
};

describe('the contact form', () => {
  it('says plainly when the WhatsApp number is not an Indonesian mobile number, and saves nothing', async () => {
    const onSave = renderForm();
    await userEvent.type(screen.getByLabelText('Nama'), 'Bu Sri');
    await userEvent.type(screen.getByLabelText(/Nomor WhatsApp/), '12345');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan kontak' }));
    expect(await screen.findByText(/harus nomor HP Indonesia/)).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves a customer with a number written the local way', async () => {
    const onSave = renderForm();
    await userEvent.type(screen.getByLabelText('Nama'), 'Bu Sri');
    await userEvent.type(screen.getByLabelText(/Nomor WhatsApp/), '0812-3456-7890');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan kontak' }));
    expect(onSave).toHaveBeenCalledWith({ name: 'Bu Sri', whatsapp: '0812-3456-7890', role: 'customer' });
  });

  it('shows the book’s refusal under the name', async () => {
    renderForm(vi.fn(async () => [{ code: 'contact.duplicateName', params: { name: 'Bu Sri' } }]));
    await userEvent.type(screen.getByLabelText('Nama'), 'Bu Sri');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan kontak' }));
    expect(await screen.findByText('Sudah ada kontak bernama Bu Sri.')).toBeTruthy();
  });
});
