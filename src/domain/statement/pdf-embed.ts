import { zlibSync } from 'fflate';
import { PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';

/** The name of the embedded file that carries the statement. */
export const STATEMENT_ATTACHMENT = 'statement.json';

/** The statement's JSON as the PDF embeds it: its UTF-8 bytes and their zlib (FlateDecode) stream. */
export interface EmbeddedJson {
  /** How many bytes the JSON has (the file specification's `/Size`). */
  size: number;
  /** The compressed bytes, exactly as the stream holds them. */
  deflated: Uint8Array;
}

/** The JSON's bytes compressed as the app embeds them (zlib, level 6: fast and deterministic). */
export const deflateJson = (json: Uint8Array): EmbeddedJson => ({
  size: json.length,
  deflated: zlibSync(json, { level: 6 }),
});

/**
 * Embeds the statement's JSON as the one file of the PDF (`statement.json`, `application/json`,
 * `AFRelationship /Data`, named in the `EmbeddedFiles` tree and the catalogue's `/AF`), the way
 * Factur-X invoices carry their XML. Written here rather than with `PDFDocument.attach` so that the
 * compressed bytes are given: the viewer redraws a PDF around the stream it was sent instead of
 * compressing megabytes again.
 */
export function embedStatementJson(
  doc: PDFDocument,
  json: EmbeddedJson,
  options: { description: string; date: Date },
): void {
  const { context } = doc;
  const when = PDFString.fromDate(options.date);
  const stream = context.stream(json.deflated, {
    Type: 'EmbeddedFile',
    Subtype: 'application/json',
    Filter: 'FlateDecode',
    Params: { Size: json.size, CreationDate: when, ModDate: when },
  });
  const spec = context.register(
    context.obj({
      Type: 'Filespec',
      F: PDFString.of(STATEMENT_ATTACHMENT),
      UF: PDFHexString.fromText(STATEMENT_ATTACHMENT),
      EF: { F: context.register(stream) },
      Desc: PDFHexString.fromText(options.description),
      AFRelationship: 'Data',
    }),
  );
  const names = context.obj({ Names: [PDFHexString.fromText(STATEMENT_ATTACHMENT), spec] });
  doc.catalog.set(PDFName.of('Names'), context.obj({ EmbeddedFiles: names }));
  doc.catalog.set(PDFName.of('AF'), context.obj([spec]));
}
