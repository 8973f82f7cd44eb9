import { PDFDocument, PDFName, PDFObjectStreamParser, PDFRawStream, PDFXRefStreamParser } from 'pdf-lib';
import { MAX_STATEMENT_FILE_BYTES } from '../limits';
import { decodeBounded, type InflateBudget } from './pdf-inflate';

// pdf-lib inflates object streams and cross-reference streams while it loads a file, with no limit
// of its own: a 1 MB PDF can ask for a gigabyte before the statement is even looked for. Those two
// factories are the only places a load decodes anything, so they are routed through the bounded
// decoder, each stream handed to pdf-lib already decoded. The budget is the current load's.
let current: InflateBudget | null = null;
let installed = false;

/** The stream with its contents decoded within the budget, and its filters gone with them. */
function decodedCopy(raw: PDFRawStream): PDFRawStream {
  const bytes = decodeBounded(raw, current ?? { remaining: MAX_STATEMENT_FILE_BYTES });
  const dict = raw.dict.clone();
  dict.delete(PDFName.of('Filter'));
  dict.delete(PDFName.of('DecodeParms'));
  return PDFRawStream.of(dict, bytes);
}

function install(): void {
  if (installed) return;
  installed = true;
  const objectStream = PDFObjectStreamParser.forStream;
  PDFObjectStreamParser.forStream = (raw, wait) => objectStream(decodedCopy(raw), wait);
  const xrefStream = PDFXRefStreamParser.forStream;
  PDFXRefStreamParser.forStream = (raw) => xrefStream(decodedCopy(raw));
}

// Loads wait for one another, so each one's streams are charged to its own budget.
let queue: Promise<unknown> = Promise.resolve();

/** Loads a PDF for reading, every stream the parser decodes charged to `budget`; one load at a time. */
export function loadPdfBounded(pdf: Uint8Array, budget: InflateBudget): Promise<PDFDocument> {
  install();
  const load = queue.then(async () => {
    current = budget;
    try {
      return await PDFDocument.load(pdf, {
        ignoreEncryption: true,
        updateMetadata: false,
        throwOnInvalidObject: true,
      });
    } finally {
      current = null;
    }
  });
  queue = load.catch(() => undefined);
  return load;
}
