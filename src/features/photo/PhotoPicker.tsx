import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

/** The two ways to a receipt photo: the camera (through `capture`) or a picture already taken. */
export function PhotoPicker({ hasPhoto, onFile }: { hasPhoto: boolean; onFile: (file: File) => void }) {
  const { t } = useI18n();
  const camera = useId();
  const gallery = useId();
  const picked = (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) onFile(file);
  };
  return (
    <div className="row-actions photo-picker">
      <label className="btn btn-primary" htmlFor={camera}>
        {t(hasPhoto ? 'photo.replaceCamera' : 'photo.camera')}
      </label>
      <input
        id={camera}
        type="file"
        className="sr-only"
        accept="image/*"
        capture="environment"
        onChange={picked}
      />
      <label className="btn" htmlFor={gallery}>
        {t('photo.gallery')}
      </label>
      <input id={gallery} type="file" className="sr-only" accept="image/*" onChange={picked} />
    </div>
  );
}
