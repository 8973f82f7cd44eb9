import { lazy } from 'react';
import { loadMessages } from '../../i18n/translate';

// Each screen and the credit messages are fetched side by side: one round trip, not two.
const withMessages = <T,>(load: () => Promise<T>) =>
  Promise.all([load(), loadMessages('credit')]).then(([m]) => m);

/** The list of customers and suppliers, loaded when first shown. */
export const LazyContactsScreen = lazy(() =>
  withMessages(() => import('./ContactsScreen')).then((m) => ({ default: m.ContactsScreen })),
);
/** The form that adds or changes a contact, loaded when first shown. */
export const LazyContactFormScreen = lazy(() =>
  withMessages(() => import('./ContactFormScreen')).then((m) => ({ default: m.ContactFormScreen })),
);
/** One contact's page, loaded when first shown. */
export const LazyContactScreen = lazy(() =>
  withMessages(() => import('./ContactScreen')).then((m) => ({ default: m.ContactScreen })),
);
/** The collect or pay form, loaded when first shown. */
export const LazySettleScreen = lazy(() =>
  withMessages(() => import('./SettleScreen')).then((m) => ({ default: m.SettleScreen })),
);
