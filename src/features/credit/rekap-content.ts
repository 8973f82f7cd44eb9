import { formatRupiah } from '../../domain/money';
import type { I18n } from '../../i18n/I18nProvider';
import type { ContactPage } from '../../storage';
import { recordLine } from './record-line';

/** One record of a rekap as it reads: its day, what it was, its amount and what it left unpaid. */
export interface RekapRecord {
  date: string;
  what: string;
  amount: string;
  /** The words for what it left owed; none when it left nothing. */
  owed?: string;
}

/** A contact's rekap in words, the same for the text and the PDF: who, at what day, the totals, the records. */
export interface RekapContent {
  title: string;
  asOf: string;
  totals: string[];
  recordsHeading: string;
  records: RekapRecord[];
}

/** What a contact's rekap says at `today`: what is owed each way (or that all is settled), then the latest records. */
export function rekapContent(
  i18n: Pick<I18n, 't' | 'date'>,
  business: string,
  page: ContactPage,
  today: string,
): RekapContent {
  const { t, date } = i18n;
  const totals: string[] = [];
  if (page.receivable.total > 0)
    totals.push(t('credit.rekap.receivable', { amount: formatRupiah(page.receivable.total) }));
  if (page.payable.total > 0)
    totals.push(t('credit.rekap.payable', { amount: formatRupiah(page.payable.total) }));
  if (totals.length === 0) totals.push(t('credit.settled'));
  const records = page.records
    .filter((r) => !r.record.voided)
    .map((r): RekapRecord => {
      const line = recordLine(r);
      return {
        date: date(r.date),
        what: t(line.label),
        amount: formatRupiah(line.amount),
        ...(line.owed > 0 ? { owed: t('credit.record.owed', { amount: formatRupiah(line.owed) }) } : {}),
      };
    });
  return {
    title: t('credit.rekap.title', { name: page.contact.name, business }),
    asOf: t('credit.rekap.date', { date: date(today, 'dayFull') }),
    totals,
    recordsHeading: t('credit.page.records'),
    records,
  };
}
