import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { DeviceKey } from '../../storage/lazy';
import type { StatementDocuments } from '../../domain/statement/documents';
import { SendToCooperative } from '../sync/SendToCooperative';
import { canShareFiles, downloadFile, shareFiles } from './share';
import './view/statement-view.css';

const TYPES = {
  pdf: 'application/pdf',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

type Format = keyof typeof TYPES;

/** The made statement: its code and the device's fingerprint, and each file to send or save. */
export function ExportPanel({ files, signedBy }: { files: StatementDocuments; signedBy: DeviceKey }) {
  const { t } = useI18n();
  const [note, setNote] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The files appear below the preview: bring them into view for the member.
  useEffect(() => heading.current?.focus(), [files]);
  const ready = useMemo(() => {
    const bytes = { pdf: files.pdf, json: files.json, xlsx: files.xlsx };
    return (Object.keys(TYPES) as Format[]).flatMap((format) => {
      const data = bytes[format];
      if (!data) return [];
      // Bytes are copied into a fresh ArrayBuffer: a Blob part must not be a view of a shared buffer.
      const part = typeof data === 'string' ? data : new Uint8Array(data);
      const file = new File([part], files.names[format], { type: TYPES[format] });
      return [{ format, file, shareable: canShareFiles([file]) }];
    });
  }, [files]);
  const send = async (file: File) => {
    const outcome = await shareFiles([file], t('statement.export.shareText', { code: files.code }));
    if (outcome === 'failed') {
      downloadFile(file);
      setNote(t('statement.export.shareFailed'));
    } else setNote(null);
  };
  return (
    <section className="card export" aria-labelledby="export-h">
      <h2 id="export-h" ref={heading} tabIndex={-1}>
        {t('statement.export.title')}
      </h2>
      <p role="status">{t('statement.export.ready')}</p>
      <dl className="figure-list">
        <div>
          <dt>{t('statement.export.code')}</dt>
          <dd className="mono" data-testid="statement-code">
            {files.code}
          </dd>
        </div>
        <div>
          <dt>{t('statement.deviceKey.title')}</dt>
          <dd className="mono" data-testid="statement-fingerprint">
            {files.fingerprint}
          </dd>
        </div>
      </dl>
      {!signedBy.persisted && (
        <p className="warning" role="alert">
          {t('statement.deviceKey.sessionOnly')}
        </p>
      )}
      <ul className="export-list">
        {ready.map(({ format, file, shareable }) => (
          <li key={format}>
            <span className="export-name">
              {t(`statement.export.${format}`)}
              <span className="cell-sub">{file.name}</span>
            </span>
            <span className="row-actions">
              {shareable && (
                <button
                  type="button"
                  className="btn btn-small btn-primary"
                  aria-label={t('statement.export.shareOne', { file: file.name })}
                  onClick={() => void send(file)}
                >
                  {t('statement.export.share')}
                </button>
              )}
              <button
                type="button"
                className="btn btn-small"
                aria-label={t('statement.export.downloadOne', { file: file.name })}
                onClick={() => downloadFile(file)}
              >
                {t('statement.export.download')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <SendToCooperative signed={files} />
      {note && <p className="help">{note}</p>}
      <p className="help">{t('statement.export.help')}</p>
    </section>
  );
}
