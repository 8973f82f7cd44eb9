import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom gives the test page typed-array classes of its own, but the IndexedDB stand-in clones
// stored values with Node's `structuredClone`, so what it reads back is of Node's classes. In a
// browser the two are one: Dexie's cache, for one, keeps a stored typed array as it is only when it
// knows the array's class. So the page takes Node's classes.
const TYPED = [
  'ArrayBuffer',
  'DataView',
  'Int8Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
] as const;
for (const name of TYPED) {
  const made: unknown = name === 'DataView' ? new DataView(new ArrayBuffer(1)) : new globalThis[name](1);
  const cloned = structuredClone(made) as object;
  Object.defineProperty(globalThis, name, {
    value: cloned.constructor,
    writable: true,
    configurable: true,
  });
}

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);
