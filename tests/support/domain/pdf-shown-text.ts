import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFName, PDFRawStream, type PDFRef } from 'pdf-lib';

/** The text a PDF drawn by pdf-lib shows, page by page: each drawn string (hex, WinAnsi) in order. */
export async function pdfShownText(bytes: Uint8Array): Promise<string[][]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) => {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    const texts: string[] = [];
    for (const ref of refs) {
      const stream = doc.context.lookup(ref as PDFRef);
      if (!(stream instanceof PDFRawStream)) continue;
      const filter = stream.dict.get(PDFName.of('Filter'));
      const raw = stream.getContents();
      const body = Buffer.from(filter === PDFName.of('FlateDecode') ? inflateSync(raw) : raw).toString(
        'latin1',
      );
      for (const [, hex = ''] of body.matchAll(/<([0-9A-Fa-f]*)> Tj/g))
        texts.push(Buffer.from(hex, 'hex').toString('latin1'));
    }
    return texts;
  });
}
