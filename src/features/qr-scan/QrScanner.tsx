import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { readQr, readQrPhoto } from './read-qr';
import './qr-scan.css';

/** How often a camera frame is read while the camera is open, in milliseconds. */
const FRAME_EVERY = 250;

/** The open camera: a video of the back camera, read frame by frame until a QR code is found. */
function CameraView({
  onText,
  onClose,
}: {
  onText: (text: string) => void;
  onClose: (failed: boolean) => void;
}) {
  const { t } = useI18n();
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const tick = async () => {
      const frame = video.current;
      const text = frame && frame.readyState >= 2 ? await readQr(frame) : null;
      if (!live) return;
      if (text) onText(text);
      else timer = setTimeout(() => void tick(), FRAME_EVERY);
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (opened) => {
        stream = opened;
        if (!live || !video.current) return opened.getTracks().forEach((track) => track.stop());
        video.current.srcObject = opened;
        await video.current.play();
        void tick();
      })
      .catch(() => live && onClose(true));
    return () => {
      live = false;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [onText, onClose]);
  return (
    <div className="qr-camera">
      <video ref={video} muted playsInline aria-label={t('qr.scanning')} />
      <p className="help" role="status">
        {t('qr.scanning')}
      </p>
      <button type="button" className="btn" onClick={() => onClose(false)}>
        {t('qr.stop')}
      </button>
    </div>
  );
}

/**
 * Reads a QR code with the camera, or from a photo (the phone's camera app through `capture`, or a
 * picture already taken); hands its text on. The decoder loads only when a picture is read.
 */
export function QrScanner({ onText, photoLabel }: { onText: (text: string) => void; photoLabel: string }) {
  const { t } = useI18n();
  const id = useId();
  const [camera, setCamera] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const canUseCamera = typeof navigator !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia);
  const found = (text: string) => {
    setCamera(false);
    setNote(null);
    onText(text);
  };
  return (
    <div className="qr-scanner">
      <div className="row-actions">
        <label className="btn btn-primary" htmlFor={id}>
          {photoLabel}
        </label>
        <input
          id={id}
          type="file"
          className="sr-only"
          accept="image/*"
          capture="environment"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (!file) return;
            setNote(t('qr.reading'));
            const text = await readQrPhoto(file);
            if (text) found(text);
            else setNote(t('qr.none'));
          }}
        />
        {canUseCamera && !camera && (
          <button type="button" className="btn" onClick={() => (setNote(null), setCamera(true))}>
            {t('qr.camera')}
          </button>
        )}
      </div>
      {camera && (
        <CameraView
          onText={found}
          onClose={(failed) => {
            setCamera(false);
            setNote(failed ? t('qr.cameraFailed') : null);
          }}
        />
      )}
      {note && (
        <p className="help" role="status">
          {note}
        </p>
      )}
    </div>
  );
}
