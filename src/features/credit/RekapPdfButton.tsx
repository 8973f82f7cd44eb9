import { useState } from 'react';
import { fileNameSlug } from '../../domain/text';
import { useI18n } from '../../i18n/I18nProvider';
import { useToast } from '../../ui/Toast';
import { canShareFile, downloadFile, shareFile } from '../data/save-file';
import type { RekapContent } from './rekap-content';

/**
 * Makes the contact's rekap as a PDF and hands it to the share sheet, or saves it as a download where
 * the phone cannot share files; the PDF code is fetched on the first tap.
 */
export function RekapPdfButton(props: { rekap: () => RekapContent; name: string; today: string }) {
  const { t } = useI18n();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const make = async () => {
    setBusy(true);
    try {
      const { rekapPdf } = await import('./rekap-pdf');
      const bytes = await rekapPdf(props.rekap());
      const name = `rekap-${fileNameSlug(props.name, 'kontak')}-${props.today}.pdf`;
      // A Blob part must not be a view of a shared buffer: the bytes go into a fresh one.
      const file = new File([new Uint8Array(bytes)], name, { type: 'application/pdf' });
      const how = canShareFile(file)
        ? await shareFile(file, props.name).catch(() => downloadFile(file))
        : downloadFile(file);
      if (how === 'downloaded') toast.show(t('credit.page.pdfSaved', { file: name }));
    } catch {
      toast.show(t('credit.page.pdfFailed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="btn" disabled={busy} onClick={() => void make()}>
      {t('credit.page.sharePdf')}
    </button>
  );
}
