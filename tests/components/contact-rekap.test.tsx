import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ContactScreen } from '../../src/features/credit/ContactScreen';
import { rekapContent } from '../../src/features/credit/rekap-content';
import { rekapPdf } from '../../src/features/credit/rekap-pdf';
import { rekapText } from '../../src/features/credit/rekap-text';
import { makeI18n } from '../../src/i18n/I18nProvider';
import { loadMessages } from '../../src/i18n/translate';
import { addContact, addEntry, addSettlement, contactPage } from '../../src/storage';
import { InSession } from '../support/components/session';
import { pdfShownText } from '../support/domain/pdf-shown-text';
import { freshDb, makeBook, sale, unwrap } from '../support/storage/db';

const TODAY = '2026-03-20';

beforeAll(() => loadMessages('credit'));
afterEach(() => vi.restoreAllMocks());

/** Bu Sari Wulandari bought 50.000 on credit, paid 10.000 then, and 15.000 on 5 March. */
async function owingCustomer() {
  const db = freshDb();
  const t = await makeBook(db);
  const sari = unwrap(
    await addContact(db, t.book.id, { name: 'Bu Sari Wulandari', whatsapp: '', role: 'customer' }),
  );
  unwrap(await addEntry(db, t.book.id, sale(t, { amount: 50_000, paid: 10_000, contactId: sari.id })));
  const fields = { type: 'collect' as const, contactId: sari.id, accountId: t.kas.id, note: '' };
  unwrap(await addSettlement(db, t.book.id, { ...fields, date: '2026-03-05', amount: 15_000 }));
  const page = await contactPage(db, t.book.id, sari.id, TODAY);
  if (!page) throw new Error('no page');
  return { db, t, sari, page };
}

const i18n = makeI18n('id');

describe('a contact’s rekap', () => {
  it('reads the same in the text and the PDF: totals, then the records with what each left unpaid', async () => {
    const { t, page } = await owingCustomer();
    const rekap = rekapContent(i18n, t.book.name, page, TODAY);
    const text = rekapText(rekap);
    expect(text.split('\n')).toEqual([
      `Rekap Bu Sari Wulandari — ${t.book.name}`,
      'Per 20 Maret 2026',
      'Utang ke toko: Rp 25.000',
      '',
      'Riwayat',
      '5 Mar 2026 · Terima pembayaran · Rp 15.000',
      '2 Mar 2026 · Penjualan · Rp 50.000 (belum dibayar Rp 40.000)',
    ]);
    const [shown = []] = await pdfShownText(await rekapPdf(rekap));
    const pdfText = shown.join(' | ').replace(/\u00a0/g, ' ');
    for (const part of [
      'Per 20 Maret 2026',
      'Utang ke toko: Rp 25.000',
      'Riwayat',
      '5 Mar 2026 | Terima pembayaran | Rp 15.000',
      '2 Mar 2026 | Penjualan | Rp 50.000 | belum dibayar Rp 40.000',
    ])
      expect(pdfText).toContain(part);
  });

  it('is saved as a PDF from the contact’s page where the phone cannot share files', async () => {
    const { db, t, sari } = await owingCustomer();
    const saved: File[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    URL.createObjectURL = (blob: Blob) => {
      saved.push(blob as File);
      return 'blob:rekap';
    };
    URL.revokeObjectURL = () => undefined;
    render(
      <InSession db={db} book={t.book} today={TODAY}>
        <ContactScreen id={sari.id} />
      </InSession>,
    );
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Rekap PDF' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.name).toBe('rekap-bu-sari-wulandari-2026-03-20.pdf');
    expect(saved[0]?.type).toBe('application/pdf');
    expect(
      await screen.findByText('Rekap tersimpan di Unduhan: rekap-bu-sari-wulandari-2026-03-20.pdf'),
    ).toBeTruthy();
  });
});
