import { makeI18n, useI18n } from '../../i18n/I18nProvider';
import type { ContactPage } from '../../storage';
import { useToast } from '../../ui/Toast';
import { routes } from '../routes';
import { useSession } from '../session/SessionContext';
import { rekapContent } from './rekap-content';
import { rekapText } from './rekap-text';
import { RekapPdfButton } from './RekapPdfButton';
import { reminderLink } from './reminder';

/** Shares text through the phone's share sheet, or copies it where there is none; whether it copied. */
async function shareText(text: string, title: string): Promise<'shared' | 'copied'> {
  if (typeof navigator.share === 'function') {
    await navigator.share({ title, text });
    return 'shared';
  }
  await navigator.clipboard.writeText(text);
  return 'copied';
}

/** What a member can do from a contact's page: collect, pay, remind on WhatsApp, share the summary as text or PDF. */
export function ContactActions({ page }: { page: ContactPage }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { book, today } = useSession();
  const toast = useToast();
  const { contact } = page;
  // The reminder goes to the customer, so it is written in Indonesian whatever the app speaks.
  const remind = reminderLink(makeI18n('id'), book.name, contact, page.receivable.total, page.outstanding);
  return (
    <div className="credit-actions">
      {page.receivable.total > 0 && (
        <a className="btn btn-in" href={routes.settle('collect', contact.id)}>
          {t('credit.page.collect')}
        </a>
      )}
      {page.payable.total > 0 && (
        <a className="btn btn-out" href={routes.settle('pay', contact.id)}>
          {t('credit.page.pay')}
        </a>
      )}
      {remind && (
        <a className="btn" href={remind} target="_blank" rel="noopener noreferrer">
          {t('credit.page.remind')}
        </a>
      )}
      {!remind && page.receivable.total > 0 && <p className="help">{t('credit.page.noWhatsapp')}</p>}
      <button
        type="button"
        className="btn"
        onClick={() => {
          const text = rekapText(rekapContent(i18n, book.name, page, today));
          shareText(text, contact.name).then(
            (how) => how === 'copied' && toast.show(t('credit.page.copied')),
            () => undefined,
          );
        }}
      >
        {t('credit.page.share')}
      </button>
      <RekapPdfButton
        rekap={() => rekapContent(i18n, book.name, page, today)}
        name={contact.name}
        today={today}
      />
    </div>
  );
}
