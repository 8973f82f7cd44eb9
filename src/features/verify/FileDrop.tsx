import { useId, useState, type DragEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

/** Choose a statement file, or drop one here (PDF or JSON). */
export function FileDrop({ onFile }: { onFile: (file: File) => void }) {
  const { t } = useI18n();
  const id = useId();
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
      <label className="btn btn-big btn-primary" htmlFor={id}>
        {t('verify.choose')}
      </label>
      <input
        id={id}
        type="file"
        className="sr-only"
        accept=".pdf,.json,application/pdf,application/json"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      <p className="help">{t('verify.dropHint')}</p>
    </div>
  );
}
