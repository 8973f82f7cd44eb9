import { useState, type DragEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { StatementFileButton } from './StatementFileButton';

/** Choose a statement file, or drop one here (PDF or JSON). */
export function FileDrop({ onFile }: { onFile: (file: File) => void }) {
  const { t } = useI18n();
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div
      className={`file-drop${over ? ' file-drop-over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <StatementFileButton label={t('verify.choose')} className="btn btn-big btn-primary" onFile={onFile} />
      <p className="help">{t('verify.dropHint')}</p>
    </div>
  );
}
