import { describe, expect, it } from 'vitest';
import type { Contact } from '../../src/domain/credit/records';
import { checkCreditDraft } from '../../src/features/entry/credit-draft';
import { validateEntryDraft } from '../../src/features/entry/entry-draft';
import { reminderLink } from '../../src/features/credit/reminder';
import { makeI18n } from '../../src/i18n/I18nProvider';
import { creditId } from '../../src/i18n/credit.id';
import { addMessages } from '../../src/i18n/translate';

addMessages('id', creditId);
const i18n = makeI18n('id');

const draft = {
  digits: '50000',
  categoryId: 'c1',
  accountId: 'a1',
  date: '2026-11-20',
  note: '',
  counterparty: '',
};

describe('the credit part of the entry form', () => {
  it('saves a credit sale with nothing paid now and a due date', () => {
    const checked = validateEntryDraft(
      { ...draft, credit: { contactId: 'k1', paidDigits: '', dueDate: '2026-11-27' } },
      'in',
    );
    expect(checked).toMatchObject({
      ok: true,
      fields: { amount: 50000, contactId: 'k1', paid: 0, dueDate: '2026-11-27' },
    });
  });

  it('asks for a contact, refuses paying more than the amount and a due date before the day', () => {
    const checked = checkCreditDraft(
      { contactId: '', paidDigits: '60000', dueDate: '2026-11-19' },
      50000,
      '2026-11-20',
    );
    expect(checked).toEqual({
      ok: false,
      errors: {
        contact: 'credit.entry.contactRequired',
        paid: 'credit.entry.paidTooMuch',
        due: 'credit.entry.dueBefore',
      },
    });
  });

  it('keeps the contact but owes nothing when all was paid', () => {
    const checked = checkCreditDraft(
      { contactId: 'k1', paidDigits: '50000', dueDate: '2026-11-30' },
      50000,
      '2026-11-20',
    );
    expect(checked).toEqual({ ok: true, fields: { contactId: 'k1' } });
  });

  it('leaves an entry paid in full when Belum lunas is not chosen', () => {
    const checked = validateEntryDraft(draft, 'in');
    expect(checked.ok && 'paid' in checked.fields).toBe(false);
  });
});

describe('the WhatsApp reminder', () => {
  const contact: Contact = {
    id: 'k1',
    bookId: 'b1',
    name: 'Bu Sri',
    whatsapp: '+6281234567890',
    role: 'customer',
    hidden: false,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
  };
  const item = {
    contactId: 'k1',
    side: 'receivable' as const,
    date: '2026-11-20',
    amount: 50000,
    remaining: 30000,
    order: 'x',
  };

  it('opens wa.me with the number and a message naming the business, the amount and the due date', () => {
    const link = reminderLink(i18n, 'Warung Maju', contact, 30000, [{ ...item, dueDate: '2026-11-27' }]);
    const url = new URL(link ?? '');
    expect(url.origin + url.pathname).toBe('https://wa.me/6281234567890');
    const text = url.searchParams.get('text') ?? '';
    expect(text).toContain('Bu Sri');
    expect(text).toContain('Warung Maju');
    expect(text).toContain('Rp 30.000');
    expect(text).toContain('27 November 2026');
  });

  it('offers no reminder without a number or without a debt', () => {
    expect(reminderLink(i18n, 'Warung Maju', { ...contact, whatsapp: '' }, 30000, [item])).toBeNull();
    expect(reminderLink(i18n, 'Warung Maju', contact, 0, [])).toBeNull();
  });
});
