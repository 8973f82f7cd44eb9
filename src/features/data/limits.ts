/** The largest CSV file the app reads; the size is checked before a byte is read. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
