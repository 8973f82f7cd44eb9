// The storage layer's second public entry, for the screens that load on demand (the loan statement
// and the officer's check): nothing here may be imported by the first screen, so it stays out of
// index.ts and out of the first download.
export {
  KeyringDb,
  defaultKeyring,
  deviceKey,
  registerMember,
  findMember,
  listMembers,
  forgetMember,
  type DeviceKey,
  type RegisteredMember,
} from './keyring';
export { keepHandover, HANDOVER_ERROR_CODES } from './key-handover';
export { statementRows, type StatementRows } from './statement-rows';
export { restoreOverEverything } from './restore-over';
export { lastChangeAt } from './last-change';
export {
  attachPhoto,
  removePhoto,
  entryPhoto,
  photoUsage,
  PHOTO_ERROR_CODES,
  type PhotoProblem,
  type PhotoUsage,
} from './photos';
export type { StoredPhoto } from './photo-record';
