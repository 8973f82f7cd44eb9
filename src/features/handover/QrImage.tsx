import { useEffect, useId, useState } from 'react';

/** A QR code of `text` drawn as an SVG picture (the QR library loads on first use). */
export function QrImage({ text, label }: { text: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void import('qrcode')
      .then((qr) => qr.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }))
      .then((svg) => live && setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`));
    return () => {
      live = false;
    };
  }, [text]);
  return src ? <img className="qr-image" src={src} alt={label} width={240} height={240} /> : null;
}

/** Text to hand to the other phone: its QR code, the text itself to select, and a copy button. */
export function CodeToShow({ text, label, copyLabel }: { text: string; label: string; copyLabel: string }) {
  const id = useId();
  return (
    <div className="code-to-show">
      <QrImage text={text} label={label} />
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <textarea
          id={id}
          className="mono"
          readOnly
          rows={4}
          value={text}
          onFocus={(e) => e.target.select()}
        />
      </div>
      {navigator.clipboard && (
        <button
          type="button"
          className="btn btn-small"
          onClick={() => void navigator.clipboard.writeText(text)}
        >
          {copyLabel}
        </button>
      )}
    </div>
  );
}
