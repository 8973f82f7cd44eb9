// The storage layer's public surface: the only way features read and write the books.
export {
  LumbungDb,
  type Setting,
  type RevisionKey,
  type DailyTotalKey,
  type DailyTransferTotalKey,
  type MonthlyTotalKey,
  type MonthlyTransferTotalKey,
} from './db';
export { SCHEMA_VERSIONS, LATEST_SCHEMA_VERSION, type SchemaVersion } from './schema';
export { openLumbungDb, onVersionChange, NewerDatabaseError, type OpenOutcome } from './open';
export { STORAGE_ERROR_CODES, type StorageErrorCode, type StorageProblem } from './errors';
export { createBook, updateBook, type BookInput } from './books';
export { BOOK_FIELD_MAX_LENGTH, NAME_MAX_LENGTH, REASON_MAX_LENGTH } from '../domain/limits';
export {
  addAccount,
  renameAccount,
  setAccountHidden,
  isCashAccount,
  ACCOUNT_TYPES,
  type AccountInput,
} from './accounts';
export {
  addCategory,
  renameCategory,
  changeCategoryKind,
  setCategoryHidden,
  categoryInUse,
  type CategoryInput,
} from './categories';
export { addProduct, editProduct, setProductHidden, listProducts, type ProductInput } from './products';
export { addEntry, editEntry, voidEntry, type AddEntryOptions } from './entries';
export { addTransfer, editTransfer, voidTransfer } from './transfers';
export { importBatch, type ImportSummary } from './import-batch';
export type { ImportBatch, ImportEntryRow, ImportTransferRow } from '../domain/changes/resolve-import';
export { verifyBookChain, entryHistory } from './revisions';
export { checkRollups, rebuildRollups, type RollupMismatch } from './rollup-check';
export {
  listBooks,
  getBook,
  listAccounts,
  listCategories,
  categoryUsage,
  getEntry,
  getTransfer,
  entriesInRange,
  transfersInRange,
  dailyTotalsInRange,
  transferTotalsInRange,
} from './queries';
export { firstRecordDate } from './first-record';
export { entriesPage, type EntryFilter, type EntriesPage, type PageCursor } from './entries-page';
export { reportInput, reportRows, rowsUpTo, type ReportInputRows, type ReportRows } from './report-rows';
export { homeSummary, type HomeSummary, type PeriodFigures } from './home-summary';
export { getSetting, setSetting } from './settings';
export { subscribeWriteStamp, writeStamp, writesSeen, WRITE_STAMP_KEY } from './write-stamp';
export { importCsvPlan, batchOfPlan } from './import-csv';
export { creditRecordsInRange, importCreditBook } from './credit-export';
export { exportPeriodCsv, periodOpening } from './period-export';
export { findImportsByHash, listImports, type ImportRecord, type ImportFileInfo } from './import-records';
export { makeBackup, readBackupRows } from './backup-export';
export {
  previewRestore,
  restoreBackup,
  type ClashChoice,
  type RestoreOptions,
  type RestoreSummary,
  type RestoreBookPreview,
} from './backup-restore';
export {
  backupStatus,
  markBackupSaved,
  dismissBackupReminder,
  getPersistResult,
  setPersistResult,
  entryCount,
  recordedChanges,
  type BackupStatus,
  type PersistResult,
} from './backup-status';
export { settleWrites } from './settle-writes';
export { listContacts, hasContacts, getContact, addContact, editContact, hideContact } from './contacts';
export { addSettlement, editSettlement, voidSettlement } from './settlements';
export { listStockCounts, addStockCount, editStockCount, voidStockCount } from './stock-counts';
export { listOpeningItems, addOpeningItem, editOpeningItem, voidOpeningItem } from './opening-items';
export { positionAt, type Position } from './position';
export { bookDebts, creditOverview, type CreditOverview, type ContactStanding } from './credit-overview';
export { contactPage, CONTACT_PAGE_ITEMS, type ContactPage, type ContactRecord } from './contact-page';
export { checkCreditRollups, type CreditRollupMismatch } from './credit-rollup-check';
export { getSyncLink, syncState, syncWatch, type SyncLink, type SyncState } from './sync-links';
