import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { PHOTO_MAX_BYTES } from '../../domain/limits';
import type { Id } from '../../domain/model';
import { useI18n } from '../../i18n/I18nProvider';
import { attachPhoto, entryPhoto, removePhoto } from '../../storage/lazy';
import { useToast } from '../../ui/Toast';
import { useSession } from '../session/SessionContext';
import { compressPhoto } from './compress-photo';
import { PhotoPicker } from './PhotoPicker';
import { BlobImage } from './BlobImage';
import './photo.css';

const kb = (bytes: number) => Math.max(1, Math.round(bytes / 1024));

/** An entry's receipt photo: taken or chosen, compressed on the phone, shown, enlarged, removed. */
export function EntryPhotoCard({ entryId, bookId }: { entryId: Id; bookId: Id }) {
  const { db } = useSession();
  const { t, problem } = useI18n();
  const toast = useToast();
  const photo = useLiveQuery(async () => (await entryPhoto(db, entryId)) ?? null, [db, entryId]);
  const dialog = useRef<HTMLDialogElement>(null);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  if (photo === undefined) return null;

  const attach = async (file: File) => {
    setWorking(true);
    setError(null);
    try {
      const compressed = await compressPhoto(file);
      if (!compressed.ok)
        return setError(problem({ code: compressed.code, params: { kb: kb(PHOTO_MAX_BYTES) } }));
      const saved = await attachPhoto(db, { entryId, bookId, blob: compressed.blob });
      if (!saved.ok) return setError(saved.errors.map(problem).join(' '));
      toast.show(t('photo.saved', { kb: kb(saved.value.bytes) }));
    } finally {
      setWorking(false);
    }
  };
  const remove = async () => {
    await removePhoto(db, entryId);
    setConfirming(false);
    toast.show(t('photo.removed'));
  };

  return (
    <section className="card photo-card" aria-labelledby="photo-h">
      <h2 id="photo-h">{t('photo.title')}</h2>
      {photo ? (
        <>
          <button type="button" className="photo-thumb" onClick={() => dialog.current?.showModal()}>
            <BlobImage blob={photo.blob} alt={t('photo.alt')} />
            <span className="sr-only">{t('photo.enlarge')}</span>
          </button>
          <p className="help">{t('photo.size', { kb: kb(photo.bytes) })}</p>
          <dialog ref={dialog} className="photo-dialog" aria-label={t('photo.title')}>
            <BlobImage blob={photo.blob} alt={t('photo.alt')} />
            <form method="dialog">
              <button type="submit" className="btn btn-wide">
                {t('photo.close')}
              </button>
            </form>
          </dialog>
        </>
      ) : (
        <p className="help">{t('photo.none')}</p>
      )}
      {working && <p role="status">{t('photo.working')}</p>}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!working && <PhotoPicker hasPhoto={photo !== null} onFile={(file) => void attach(file)} />}
      {photo && !confirming && (
        <button type="button" className="btn btn-danger btn-wide" onClick={() => setConfirming(true)}>
          {t('photo.remove')}
        </button>
      )}
      {photo && confirming && (
        <div className="sub-form" role="group" aria-label={t('photo.remove')}>
          <p>{t('photo.remove.confirm')}</p>
          <div className="row-actions">
            <button type="button" className="btn" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
            <button type="button" className="btn btn-danger" onClick={() => void remove()}>
              {t('photo.remove.yes')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
