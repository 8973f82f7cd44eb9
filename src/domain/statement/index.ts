/**
 * The statement core without its heavy renderers: build, sign, verify, QR summary, schema. The PDF
 * and XLSX renderers (pdf-lib, qrcode, write-excel-file) are imported from `./documents`, `./pdf`
 * and `./xlsx` directly, so the browser loads them only when a statement is made.
 */
export * from './build';
export * from './capacity';
export * from './check';
export * from './compact';
export * from './compact-schema';
export * from './encoding';
export * from './expected-key';
export * from './figures';
export * from './identity';
export * from './handover';
export * from './handover-text';
export * from './json-schema';
export * from './keys';
export * from './labels';
export * from './limits';
export * from './openings';
export * from './pdf-text';
export * from './plausibility';
export * from './problems';
export * from './qr-summary';
export * from './read';
export * from './reasons';
export * from './receipts';
export * from './receipts-schema';
export * from './schema';
export * from './shown';
export * from './sign';
export * from './verify';
export * from './written';
