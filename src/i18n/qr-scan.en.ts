import type { qrScanId } from './qr-scan.id';

/** The messages of qr-scan.id.ts in English. */
export const qrScanEn: Record<keyof typeof qrScanId, string> = {
  'qr.camera': 'Scan with the camera',
  'qr.scanning': 'Point the camera at the QR code…',
  'qr.stop': 'Close the camera',
  'qr.reading': 'Reading the QR code in the photo…',
  'qr.none': 'No QR code could be read in this picture. Take it closer, straight on and in good light.',
  'qr.cameraFailed': 'The camera could not be opened. Take a photo of the QR code instead.',
};
