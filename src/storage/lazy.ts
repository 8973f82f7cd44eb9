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
  getSyncLink,
  listSyncLinks,
  addSyncLink,
  updateSyncLink,
  revisionsAfter,
  pendingCount,
  acknowledgePush,
  bookReceipts,
  readBookCatalog,
  type SyncLink,
  type SyncStop,
  type StoredReceipt,
} from './sync-links';
export { restoreSyncedBook, type SyncRestoreProblem } from './sync-restore';
export { statementWitness, type StatementWitness } from './statement-witness';
export { chainTip } from './revisions';
export { listStockCounts, addStockCount, editStockCount, voidStockCount } from './stock-counts';
export { listOpeningItems, addOpeningItem, addOpeningDebt, voidOpeningItem } from './opening-items';
export { listContacts, addContact } from './contacts';
export { positionAt } from './position';
export { creditOverview, type CreditOverview } from './credit-overview';
export { stockHomeFacts, markOpeningAsked, dismissStockReminder, type StockHomeFacts } from './stock-home';
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
