import { useI18n } from '../../i18n/I18nProvider';
import { canShareFile, downloadFile, shareFile, type SaveOutcome } from './save-file';

/** The two ways a made file leaves the phone's app: the share sheet (when there is one) or a download. */
export function SaveFileButtons({ file, onSaved }: { file: File; onSaved: (how: SaveOutcome) => void }) {
  const { t } = useI18n();
  const share = async () => {
    const how = await shareFile(file, file.name).catch(() => downloadFile(file));
    if (how !== 'cancelled') onSaved(how);
  };
  return (
    <div className="row-actions">
      {canShareFile(file) && (
        <button type="button" className="btn btn-primary" onClick={() => void share()}>
          {t('data.backup.share')}
        </button>
      )}
      <button type="button" className="btn" onClick={() => onSaved(downloadFile(file))}>
        {t('data.backup.download')}
      </button>
    </div>
  );
}
