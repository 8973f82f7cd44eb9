import { NOTE_MAX_LENGTH } from '../../../src/domain/limits';

/** A note of `count` emoji: each one character, two UTF-16 units. */
export const emojiNote = (count: number): string => '🌾'.repeat(count);

/** The notes every layer must treat alike: within the limit in characters (though not in UTF-16 units), and over it. */
export const EMOJI_NOTE_CASES = [
  { count: 300, accepted: true },
  { count: NOTE_MAX_LENGTH + 1, accepted: false },
] as const;

/** An import file of one sale carrying `note`. */
export const csvWithNote = (note: string): string =>
  `tanggal,jenis,jumlah,kategori,catatan\n2026-03-14,masuk,25000,Penjualan,${note}\n`;
