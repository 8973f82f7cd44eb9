import { deflateSync, inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';

/**
 * What a member who wants a bigger loan can do to a statement PDF with ordinary tools: append an
 * incremental update by hand, add a second `statement.json`, repaint a figure in a page's content,
 * or put another member's attachment into their own pages.
 */

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
const bytesOf = (text: string): Buffer => Buffer.from(text, 'latin1');

/** A stream object's body: its dictionary (without `/Length`) and its bytes. */
export const streamBody = (dict: string, data: Uint8Array): Buffer =>
  Buffer.concat([bytesOf(`<< ${dict} /Length ${data.length} >>\nstream\n`), data, bytesOf('\nendstream')]);

/** The embedded file stream of a PDF's first `statement.json`: its object number and its JSON. */
export async function attachmentObject(pdf: Uint8Array): Promise<{ num: number; json: string }> {
  const doc = await PDFDocument.load(pdf);
  const names = doc.catalog.lookup(PDFName.of('Names'), PDFDict);
  const tree = names.lookup(PDFName.of('EmbeddedFiles'), PDFDict);
  const spec = tree.lookup(PDFName.of('Names'), PDFArray).lookup(1, PDFDict);
  const ref = spec.lookup(PDFName.of('EF'), PDFDict).get(PDFName.of('F')) as PDFRef;
  const stream = doc.context.lookup(ref);
  if (!(stream instanceof PDFRawStream)) throw new Error('the attachment is not a stream');
  return { num: ref.objectNumber, json: inflateSync(stream.contents).toString('utf8') };
}

/** A new EmbeddedFile stream object body holding `json`, as any PDF tool would write it. */
export const jsonStreamBody = (json: string): Buffer => {
  const data = Buffer.from(json, 'utf8');
  return streamBody(
    `/Type /EmbeddedFile /Subtype /application#2Fjson /Filter /FlateDecode /Params << /Size ${data.length} >>`,
    deflateSync(data),
  );
};

/**
 * Appends an incremental update after `%%EOF`: the objects (new numbers or redefined ones), a new
 * cross-reference section for them and a trailer whose `/Prev` points at the old one. `xrefOffsets`
 * lets the new section point an object somewhere other than where its new body is written.
 */
export function appendUpdate(
  pdf: Uint8Array,
  objects: { num: number; body: Uint8Array }[],
  xrefOffsets: Record<number, number> = {},
): Uint8Array {
  const text = latin1(pdf);
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  const trailer = text.slice(text.lastIndexOf('trailer'));
  const size = Number(/\/Size (\d+)/.exec(trailer)?.[1]);
  const root = /\/Root (\d+ \d+ R)/.exec(trailer)?.[1];
  const info = /\/Info (\d+ \d+ R)/.exec(trailer)?.[1];
  const parts: Buffer[] = [Buffer.from(pdf), bytesOf('\n')];
  let at = pdf.length + 1;
  const offsets = new Map<number, number>();
  for (const { num, body } of objects) {
    offsets.set(num, xrefOffsets[num] ?? at);
    const chunk = Buffer.concat([bytesOf(`${num} 0 obj\n`), body, bytesOf('\nendobj\n')]);
    parts.push(chunk);
    at += chunk.length;
  }
  const rows = [...offsets].map(
    ([num, offset]) => `${num} 1\n${String(offset).padStart(10, '0')} 00000 n\r\n`,
  );
  const newSize = Math.max(size, ...objects.map((o) => o.num + 1));
  parts.push(
    bytesOf(
      `xref\n${rows.join('')}trailer\n<< /Size ${newSize} /Root ${root} /Info ${info} /Prev ${prev} >>\n` +
        `startxref\n${at}\n%%EOF\n`,
    ),
  );
  return new Uint8Array(Buffer.concat(parts));
}

/** Where object `num` was first defined in a PDF (its `N 0 obj` line). */
export const objectOffset = (pdf: Uint8Array, num: number): number =>
  latin1(pdf).indexOf(`\n${num} 0 obj`) + 1;

/** The hex string pdf-lib draws a text with (Helvetica, WinAnsi): `<527020...>`. */
const hexOf = (text: string): string => `<${Buffer.from(text, 'latin1').toString('hex').toUpperCase()}>`;

/** Each page content stream of a loaded PDF, inflated: its reference and its text. */
function pageContents(doc: PDFDocument): { ref: PDFRef; content: string }[] {
  return doc.context
    .enumerateIndirectObjects()
    .filter(([, object]) => object instanceof PDFRawStream && !object.dict.has(PDFName.of('Type')))
    .map(([ref, object]) => ({ ref, content: latin1(inflateSync((object as PDFRawStream).contents)) }));
}

/**
 * Repaints a figure on the pages: each page content stream that draws `from`, with `to` drawn
 * instead, as `{ num, body }` objects.
 */
function repaintedPages(doc: PDFDocument, from: string, to: string): { num: number; body: Buffer }[] {
  const objects = pageContents(doc)
    .filter(({ content }) => content.includes(hexOf(from)))
    .map(({ ref, content }) => {
      const repainted = bytesOf(content.split(hexOf(from)).join(hexOf(to)));
      return { num: ref.objectNumber, body: deflateSync(repainted) };
    });
  if (objects.length === 0) throw new Error(`no page draws ${from}`);
  return objects;
}

/**
 * Repaints a figure on the pages: each page content stream that draws `from` is redefined, in an
 * incremental update, with `to` drawn instead. Returns the forged PDF.
 */
export async function repaintFigure(pdf: Uint8Array, from: string, to: string): Promise<Uint8Array> {
  const objects = repaintedPages(await PDFDocument.load(pdf), from, to).map(({ num, body }) => ({
    num,
    body: streamBody('/Filter /FlateDecode', body),
  }));
  return appendUpdate(pdf, objects);
}

/** Puts new contents into page streams of a loaded PDF and saves it whole, as pdf-lib saved it first. */
function savedWith(doc: PDFDocument, streams: { num: number; body: Uint8Array }[]): Promise<Uint8Array> {
  for (const { num, body } of streams) {
    const ref = PDFRef.of(num);
    const old = doc.context.lookup(ref);
    if (!(old instanceof PDFRawStream)) throw new Error(`object ${num} is no stream`);
    doc.context.assign(ref, PDFRawStream.of(old.dict, body));
  }
  return doc.save({ useObjectStreams: false });
}

/** Repaints a figure in the page streams themselves (no update after `%%EOF`), the PDF saved whole. */
export async function repaintInPlace(pdf: Uint8Array, from: string, to: string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return savedWith(doc, repaintedPages(doc, from, to));
}

/** The same pages compressed again by another tool (zlib at its best level), the PDF saved whole. */
export async function recompressPages(pdf: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const streams = pageContents(doc).map(({ ref, content }) => ({
    num: ref.objectNumber,
    body: deflateSync(bytesOf(content), { level: 9 }),
  }));
  return savedWith(doc, streams);
}

/** A second embedded file named `statement.json`, listed before the app's one, saved in place. */
export async function withSecondStatement(pdf: Uint8Array, json: string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf);
  const { context } = doc;
  const data = Buffer.from(json, 'utf8');
  const stream = context.register(
    context.flateStream(data, {
      Type: 'EmbeddedFile',
      Subtype: 'application/json',
      Params: { Size: data.length },
    }),
  );
  const spec = context.register(
    context.obj({
      Type: 'Filespec',
      F: PDFHexString.fromText('statement.json'),
      UF: PDFHexString.fromText('statement.json'),
      EF: { F: stream },
    }),
  );
  const names = doc.catalog.lookup(PDFName.of('Names'), PDFDict).lookup(PDFName.of('EmbeddedFiles'), PDFDict);
  const list = names.lookup(PDFName.of('Names'), PDFArray);
  list.insert(0, spec);
  list.insert(0, PDFHexString.fromText('statement.json'));
  return doc.save({ useObjectStreams: false });
}

/** The pages of one PDF with the attachment of another, re-saved by pdf-lib as an editor would. */
export async function swapAttachment(pages: Uint8Array, attachmentFrom: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pages);
  const { num } = await attachmentObject(pages);
  const { json } = await attachmentObject(attachmentFrom);
  const data = Buffer.from(json, 'utf8');
  doc.context.assign(
    PDFRef.of(num),
    doc.context.flateStream(data, {
      Type: 'EmbeddedFile',
      Subtype: 'application/json',
      Params: { Size: data.length },
    }),
  );
  return doc.save({ useObjectStreams: false });
}
