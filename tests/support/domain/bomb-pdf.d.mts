/** A zlib stream of `mib` MiB of zeros, about 1 KB per MiB. */
export function zeroBomb(mib: number): Uint8Array;

/** Where a test puts the bomb: the statement attachment, an object stream, or a cross-reference stream. */
export type BombPlace = 'attachment' | 'doubleAttachment' | 'objectStream' | 'xrefStream';

/** A small PDF holding a bomb that inflates to `mib` MiB in the given place. */
export function bombPdf(mib: number, place: BombPlace): Promise<Uint8Array>;
