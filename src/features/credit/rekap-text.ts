import { formatRupiah } from '../../domain/money';
import type { I18n } from '../../i18n/I18nProvider';
import type { ContactPage } from '../../storage';
import { recordLine } from './record-line';

/** A contact's summary as plain text to share: what is owed each way, then the latest records. */
export function rekapText(
  i18n: Pick<I18n, 't' | 'date'>,
  business: string,
  page: ContactPage,
  today: string,
): string {
  const { t, date } = i18n;
  const lines = [
    t('credit.rekap.title', { name: page.contact.name, business }),
    t('credit.rekap.date', { date: date(today, 'dayFull') }),
  ];
  if (page.receivable.total > 0)
    lines.push(t('credit.rekap.receivable', { amount: formatRupiah(page.receivable.total) }));
  if (page.payable.total > 0)
    lines.push(t('credit.rekap.payable', { amount: formatRupiah(page.payable.total) }));
  if (page.receivable.total === 0 && page.payable.total === 0) lines.push(t('credit.settled'));
  lines.push('', t('credit.page.records'));
  for (const r of page.records) {
    if (r.record.voided) continue;
    const line = recordLine(r);
    const owed = line.owed > 0 ? ` (${t('credit.record.owed', { amount: formatRupiah(line.owed) })})` : '';
    lines.push(`${date(r.date)} · ${t(line.label)} · ${formatRupiah(line.amount)}${owed}`);
  }
  return lines.join('\n');
}
