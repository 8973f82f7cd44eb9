import type { SettlementType } from '../domain/credit/records';
import type { Direction } from '../domain/kinds';

/** The links between screens (hash routes, so the back button works offline from the cache). */
export const routes = {
  home: '#/',
  newEntry: (direction: Direction) => `#/catat/${direction === 'in' ? 'masuk' : 'keluar'}`,
  transfer: '#/pindah',
  ledger: '#/buku',
  entry: (id: string) => `#/catatan/${encodeURIComponent(id)}`,
  editEntry: (id: string) => `#/catatan/${encodeURIComponent(id)}/ubah`,
  transferDetail: (id: string) => `#/pindah/${encodeURIComponent(id)}`,
  manage: '#/kelola',
  settings: '#/pengaturan',
  newBook: '#/usaha-baru',
  reports: '#/laporan',
  data: '#/data',
  statement: '#/pinjaman',
  verify: '#/periksa',
  stock: '#/stok',
  stockCount: (id: string) => `#/stok/${encodeURIComponent(id)}`,
  opening: '#/saldo-awal',
  contacts: '#/kontak',
  newContact: '#/kontak/baru',
  contact: (id: string) => `#/kontak/${encodeURIComponent(id)}`,
  editContact: (id: string) => `#/kontak/${encodeURIComponent(id)}/ubah`,
  settle: (type: SettlementType, contactId?: string) =>
    `#/lunasi/${type === 'collect' ? 'terima' : 'bayar'}${contactId ? `/${encodeURIComponent(contactId)}` : ''}`,
} as const;

/** A parsed location: which screen, with its parameters. */
export type Route =
  | { screen: 'home' }
  | { screen: 'newEntry'; direction: Direction }
  | { screen: 'transfer' }
  | { screen: 'transferDetail'; id: string }
  | { screen: 'ledger' }
  | { screen: 'entry'; id: string }
  | { screen: 'editEntry'; id: string }
  | { screen: 'manage' }
  | { screen: 'settings' }
  | { screen: 'newBook' }
  | { screen: 'reports' }
  | { screen: 'data' }
  | { screen: 'statement' }
  | { screen: 'verify' }
  | { screen: 'stock' }
  | { screen: 'stockCount'; id: string }
  | { screen: 'opening' }
  | { screen: 'contacts' }
  | { screen: 'contactForm'; id?: string }
  | { screen: 'contact'; id: string }
  | { screen: 'settle'; type: SettlementType; contactId?: string };

/** Reads a location hash into a route (a `?query` after it is ignored); anything unknown is home. */
export function parseRoute(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .replace(/\?.*$/, '')
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent);
  const [first, second, third] = parts;
  switch (first) {
    case 'catat':
      return { screen: 'newEntry', direction: second === 'keluar' ? 'out' : 'in' };
    case 'pindah':
      return second ? { screen: 'transferDetail', id: second } : { screen: 'transfer' };
    case 'buku':
      return { screen: 'ledger' };
    case 'catatan':
      if (!second) return { screen: 'ledger' };
      return third === 'ubah' ? { screen: 'editEntry', id: second } : { screen: 'entry', id: second };
    case 'kelola':
      return { screen: 'manage' };
    case 'pengaturan':
      return { screen: 'settings' };
    case 'usaha-baru':
      return { screen: 'newBook' };
    case 'laporan':
      return { screen: 'reports' };
    case 'data':
      return { screen: 'data' };
    case 'pinjaman':
      return { screen: 'statement' };
    case 'periksa':
      return { screen: 'verify' };
    case 'stok':
      return second ? { screen: 'stockCount', id: second } : { screen: 'stock' };
    case 'saldo-awal':
      return { screen: 'opening' };
    case 'kontak':
      if (!second) return { screen: 'contacts' };
      if (second === 'baru') return { screen: 'contactForm' };
      return third === 'ubah' ? { screen: 'contactForm', id: second } : { screen: 'contact', id: second };
    case 'lunasi':
      return {
        screen: 'settle',
        type: second === 'bayar' ? 'pay' : 'collect',
        ...(third ? { contactId: third } : {}),
      };
    default:
      return { screen: 'home' };
  }
}
