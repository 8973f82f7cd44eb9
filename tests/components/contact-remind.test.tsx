import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ContactScreen } from '../../src/features/credit/ContactScreen';
import { SessionContext } from '../../src/features/session/SessionContext';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import { loadLanguage, loadMessages } from '../../src/i18n/translate';
import { addContact, addEntry } from '../../src/storage';
import { ToastProvider } from '../../src/ui/Toast';
import { freshDb, makeBook, sale, unwrap } from '../support/storage/db';

beforeAll(async () => {
  await loadLanguage('en');
  await loadMessages('credit');
});

describe('the WhatsApp reminder', () => {
  it('is written to the customer in Indonesian even when the app speaks English', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const contact = { name: 'Bu Sri', whatsapp: '0812-3456-7890', role: 'customer' as const };
    const sri = unwrap(await addContact(db, t.book.id, contact));
    unwrap(
      await addEntry(
        db,
        t.book.id,
        sale(t, { amount: 50_000, paid: 10_000, contactId: sri.id, dueDate: '2026-03-27' }),
      ),
    );
    const session = {
      db,
      book: t.book,
      today: '2026-03-20',
      switchBook: async () => undefined,
      setLanguage: async () => undefined,
    };
    render(
      <I18nProvider language="en">
        <ToastProvider>
          <SessionContext.Provider value={session}>
            <ContactScreen id={sri.id} />
          </SessionContext.Provider>
        </ToastProvider>
      </I18nProvider>,
    );
    const link = await screen.findByRole('link', { name: 'Remind on WhatsApp' });
    const url = new URL(link.getAttribute('href') ?? '');
    expect(`${url.origin}${url.pathname}`).toBe('https://wa.me/6281234567890');
    expect(url.searchParams.get('text')).toBe(
      `Halo Bu Sri, salam dari ${t.book.name}. Kami ingin mengingatkan dengan hormat bahwa masih ada tagihan sebesar Rp 40.000 yang jatuh tempo 27 Maret 2026. Terima kasih banyak.`,
    );
  });
});
