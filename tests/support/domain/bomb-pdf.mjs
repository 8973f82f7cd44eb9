// Plain JavaScript (types in bomb-pdf.d.mts), so that `npm run bench` can make the same bombs in Node.
import { constants, deflateRawSync, deflateSync } from 'node:zlib';
import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

/**
 * A zlib stream of `mib` MiB of zeros, about 1 KB per MiB, made without ever holding the zeros:
 * one MiB deflated with a full flush (which refers to nothing before it) repeated, then a final
 * empty block and the Adler-32 of the zeros.
 */
export function zeroBomb(mib) {
  const segment = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH });
  const b = (mib * 1024 * 1024) % 65521; // Adler-32 of zeros: a stays 1, b counts the bytes
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(((b << 16) | 1) >>> 0);
  return Buffer.concat([
    Buffer.from([0x78, 0x9c]),
    ...Array(mib).fill(segment),
    Buffer.from([0x03, 0x00]),
    adler,
  ]);
}

/** A small PDF holding a bomb that inflates to `mib` MiB in the given place. */
export async function bombPdf(mib, place) {
  const doc = await PDFDocument.create();
  doc.addPage();
  const { context } = doc;
  const bomb = zeroBomb(mib);
  const json = (contents, filter) =>
    context.register(
      context.stream(contents, { Type: 'EmbeddedFile', Subtype: 'application/json', Filter: filter }),
    );
  const small = json(deflateSync(Buffer.from('{}')), 'FlateDecode');
  const file =
    place === 'attachment'
      ? json(bomb, 'FlateDecode')
      : place === 'doubleAttachment'
        ? json(deflateSync(bomb), ['FlateDecode', 'FlateDecode'])
        : small;
  if (place === 'objectStream')
    context.register(context.stream(bomb, { Type: 'ObjStm', N: 1, First: 0, Filter: 'FlateDecode' }));
  if (place === 'xrefStream')
    context.register(context.stream(bomb, { Type: 'XRef', Size: 1, W: [1, 1, 1], Filter: 'FlateDecode' }));
  const spec = context.register(
    context.obj({
      Type: 'Filespec',
      F: PDFString.of('statement.json'),
      UF: PDFHexString.fromText('statement.json'),
      EF: { F: file, UF: file },
    }),
  );
  doc.catalog.set(
    PDFName.of('Names'),
    context.obj({ EmbeddedFiles: { Names: [PDFHexString.fromText('statement.json'), spec] } }),
  );
  return doc.save({ useObjectStreams: false });
}
