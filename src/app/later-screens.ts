import { lazy } from 'react';
import { loadMessages } from '../i18n/translate';

// The screens a member reaches from home, each a chunk of its own: the first screen carries only
// home and the entry form. They are fetched once home is up (prefetchLaterScreens), so a tap does
// not wait for the network, and the service worker has them for every later start.
const loaders = {
  ledger: () => import('../features/ledger/LedgerScreen'),
  entryDetail: () => import('../features/entry-detail/EntryDetailScreen'),
  editEntry: () => import('../features/entry-detail/EditEntryScreen'),
  // A screen whose words are a part of their own fetches them beside its code.
  manage: () =>
    Promise.all([import('../features/manage/ManageScreen'), loadMessages('product')]).then(([m]) => m),
  settings: () =>
    Promise.all([import('../features/settings/SettingsScreen'), loadMessages('lock')]).then(([m]) => m),
  transfer: () => import('../features/transfer/TransferScreen'),
  transferDetail: () => import('../features/transfer/TransferDetailScreen'),
};

/** The ledger, loaded when first shown. */
export const LedgerScreen = lazy(() => loaders.ledger().then((m) => ({ default: m.LedgerScreen })));
/** An entry's details and history, loaded when first shown. */
export const EntryDetailScreen = lazy(() =>
  loaders.entryDetail().then((m) => ({ default: m.EntryDetailScreen })),
);
/** The form that edits an entry, loaded when first shown. */
export const EditEntryScreen = lazy(() => loaders.editEntry().then((m) => ({ default: m.EditEntryScreen })));
/** Accounts and categories, loaded when first shown. */
export const ManageScreen = lazy(() => loaders.manage().then((m) => ({ default: m.ManageScreen })));
/** Settings, loaded when first shown. */
export const SettingsScreen = lazy(() => loaders.settings().then((m) => ({ default: m.SettingsScreen })));
/** The transfer form, loaded when first shown. */
export const TransferScreen = lazy(() => loaders.transfer().then((m) => ({ default: m.TransferScreen })));
/** A transfer's details, loaded when first shown. */
export const TransferDetailScreen = lazy(() =>
  loaders.transferDetail().then((m) => ({ default: m.TransferDetailScreen })),
);

/**
 * Fetches every later screen when the page is idle after the first screen, so the member's first
 * tap shows its screen at once; a failed fetch is retried by the screen itself when shown.
 */
export function prefetchLaterScreens(): () => void {
  const fetchAll = () => {
    for (const load of Object.values(loaders)) void load().catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(fetchAll, { timeout: 3000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(fetchAll, 1000);
  return () => clearTimeout(timer);
}
