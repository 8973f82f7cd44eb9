import { useState } from 'react';
import { formatRecoveryCode, parseRecoveryCode, type RecoveryCode } from '../../domain/sync/recovery-code';
import { useI18n } from '../../i18n/I18nProvider';

/** The recovery code drawn as a picture (PNG) the member can keep in the phone's gallery. */
function codePicture(text: string, title: string): string {
  const canvas = document.createElement('canvas');
  canvas.width = 720;
  canvas.height = 260;
  const g = canvas.getContext('2d');
  if (!g) return '';
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = '#14532d';
  g.font = 'bold 30px sans-serif';
  g.fillText(`Lumbung · ${title}`, 30, 60);
  g.fillStyle = '#000000';
  g.font = 'bold 40px monospace';
  g.fillText(text, 30, 150);
  return canvas.toDataURL('image/png');
}

/**
 * The recovery code, shown once: what it is for, a picture to save, and a confirmation that the
 * member wrote it down (typed back, so a slip of the pen is caught now rather than at a restore).
 */
export function RecoveryCodePanel({ code, onDone }: { code: RecoveryCode; onDone: () => void }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const shown = formatRecoveryCode(code);
  return (
    <div className="recovery-code" aria-labelledby="recovery-h">
      <h3 id="recovery-h">{t('sync.recovery.title')}</h3>
      <p>{t('sync.recovery.explain')}</p>
      <p className="mono recovery-code-text" data-testid="recovery-code">
        {shown}
      </p>
      <p className="help">{t('sync.recovery.keep')}</p>
      <a
        className="btn"
        href={codePicture(shown, t('sync.recovery.title'))}
        download="lumbung-kode-pemulihan.png"
      >
        {t('sync.recovery.image')}
      </a>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const back = parseRecoveryCode(typed);
          if (back.ok && back.value === code) onDone();
          else setMismatch(true);
        }}
      >
        <div className="field">
          <label htmlFor="recovery-confirm">{t('sync.recovery.confirmLabel')}</label>
          <input
            id="recovery-confirm"
            className="mono"
            autoComplete="off"
            spellCheck={false}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
        </div>
        {mismatch && (
          <p className="error" role="alert">
            {t('sync.recovery.mismatch')}
          </p>
        )}
        <button type="submit" className="btn btn-primary">
          {t('sync.recovery.confirm')}
        </button>
      </form>
    </div>
  );
}
