import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const LAYER_RULES = new Set(['no-restricted-imports', 'layers/no-restricted-dynamic-imports']);

// One instance for the whole file. Loading the config and its plugins is the slow part, so it
// happens here, under a generous timeout, rather than inside the first test's five seconds.
let eslint: ESLint;
beforeAll(async () => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: 'eslint.config.js' });
  await eslint.lintText('\n', { filePath: `${root}src/domain/warm-up.ts` });
}, 60_000);

/** The layer rules that refuse `code` written in `file` (relative to the repository); [] when allowed. */
async function refusals(file: string, code: string): Promise<string[]> {
  const results = await eslint.lintText(`${code}\n`, { filePath: `${root}${file}` });
  const messages = results.flatMap((result) => result.messages);
  // A snippet that does not parse would pass for the wrong reason.
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return messages.flatMap((message) =>
    message.ruleId && LAYER_RULES.has(message.ruleId) ? [message.ruleId] : [],
  );
}

const STATIC = ['no-restricted-imports'];
const DYNAMIC = ['layers/no-restricted-dynamic-imports'];

describe('layer rules', () => {
  it('keep domain/ off every other layer, even through a folder index, and off UI packages', async () => {
    expect(await refusals('src/domain/probe.ts', "export { x } from '../storage';")).toEqual(STATIC);
    expect(await refusals('src/domain/probe.ts', "import { useState } from 'react';\nuseState();")).toEqual(
      STATIC,
    );
    expect(await refusals('src/domain/probe.ts', "export { toRupiah } from './money';")).toEqual([]);
  });

  it('keep storage/ on domain/ alone', async () => {
    expect(await refusals('src/storage/probe.ts', "export { routes } from '../features/routes';")).toEqual(
      STATIC,
    );
    expect(await refusals('src/storage/probe.ts', "export { toRupiah } from '../domain/money';")).toEqual([]);
    expect(await refusals('src/storage/probe.ts', "export { Dexie } from 'dexie';")).toEqual([]);
  });

  it('let i18n/ take types from domain/ but no values and no other layer', async () => {
    expect(await refusals('src/i18n/probe.ts', "export { toRupiah } from '../domain/money';")).toEqual(
      STATIC,
    );
    expect(await refusals('src/i18n/probe.ts', "export { ScreenHeader } from '../ui';")).toEqual(STATIC);
    expect(await refusals('src/i18n/probe.ts', "export type { Book } from '../domain/model';")).toEqual([]);
  });

  it('keep ui/ presentational: no features/, even as a bare index', async () => {
    expect(await refusals('src/ui/probe.tsx', "export { routes } from '../features';")).toEqual(STATIC);
    expect(await refusals('src/ui/probe.tsx', "export { useI18n } from '../i18n/I18nProvider';")).toEqual([]);
  });

  it('let features/ reach storage/ only through index and lazy, statically and in import()', async () => {
    const file = 'src/features/statement/probe.ts';
    expect(await refusals(file, "export { deviceKey } from '../../storage/keyring';")).toEqual(STATIC);
    expect(await refusals(file, "export const load = () => import('../../storage/keyring');")).toEqual(
      DYNAMIC,
    );
    expect(await refusals(file, 'export const load = (f: string) => import(`../../storage/${f}`);')).toEqual(
      DYNAMIC,
    );
    expect(await refusals(file, "export { deviceKey } from '../../storage/lazy/../keyring';")).toEqual(
      STATIC,
    );
    expect(await refusals(file, "export { LumbungDb } from '../../features/../storage/db';")).toEqual(STATIC);
    expect(await refusals(file, "export { App } from '../../app/App';")).toEqual(STATIC);
    expect(await refusals(file, "export { Dexie } from 'dexie';")).toEqual(STATIC);

    expect(await refusals(file, "export { addEntry } from '../../storage';")).toEqual([]);
    expect(await refusals(file, "export { deviceKey } from '../../storage/lazy';")).toEqual([]);
    expect(await refusals(file, "export const load = () => import('../../storage/lazy');")).toEqual([]);
  });

  it('let app/ use pwa/ only through its page entries and keep it off cli/', async () => {
    expect(await refusals('src/app/probe.ts', "export const sw = () => import('../pwa/sw');")).toEqual(
      DYNAMIC,
    );
    expect(await refusals('src/app/probe.ts', "export { LumbungDb } from '../storage/db';")).toEqual(STATIC);
    expect(await refusals('src/app/probe.ts', "export { main } from '../cli/main';")).toEqual(STATIC);
    expect(
      await refusals('src/app/probe.ts', "export { registerServiceWorker } from '../pwa/register';"),
    ).toEqual([]);
  });

  it('keep pwa/ off the book, its screens and React', async () => {
    expect(await refusals('src/pwa/probe.ts', "export { settleWrites } from '../storage';")).toEqual(STATIC);
    expect(
      await refusals('src/pwa/probe.ts', "export const f = () => import('../features/verify/incoming');"),
    ).toEqual(DYNAMIC);
    expect(await refusals('src/pwa/probe.ts', "export { VERIFY_PATH } from './shared-file';")).toEqual([]);
    expect(await refusals('src/pwa/probe.ts', "export { clientsClaim } from 'workbox-core';")).toEqual([]);
  });

  it('keep cli/ on domain/ and i18n/', async () => {
    expect(await refusals('src/cli/probe.ts', "export { Money } from '../ui/Money';")).toEqual(STATIC);
    expect(await refusals('src/cli/probe.ts', "export { openLumbungDb } from '/src/storage';")).toEqual(
      STATIC,
    );
    expect(
      await refusals('src/cli/probe.ts', "export { verifyStatement } from '../domain/statement';"),
    ).toEqual([]);
    expect(await refusals('src/cli/probe.ts', "export { translate } from '../i18n/translate';")).toEqual([]);
  });

  it('keep the picture decoders where pictures are read', async () => {
    expect(await refusals('src/domain/probe.ts', "export { default } from 'jsqr';")).toEqual(STATIC);
    expect(await refusals('src/features/verify/probe.ts', "export { PNG } from 'pngjs';")).toEqual(STATIC);
    expect(await refusals('src/features/verify/probe.ts', "export const q = () => import('jsqr');")).toEqual(
      [],
    );
    expect(await refusals('src/cli/probe.ts', "export { decode } from 'jpeg-js';")).toEqual([]);
  });

  it('keep server/ on domain/, off the app and its packages, and cli/ off server/', async () => {
    const file = 'server/routes/probe.ts';
    expect(await refusals(file, "export { verifyStatement } from '../../src/domain/statement';")).toEqual([]);
    expect(await refusals(file, "export { addEntry } from '../../src/storage';")).toEqual(STATIC);
    expect(await refusals(file, "export { Dexie } from 'dexie';")).toEqual(STATIC);
    expect(await refusals(file, "import { useState } from 'react';\nuseState();")).toEqual(STATIC);
    expect(await refusals(file, "export { readFileSync } from 'node:fs';")).toEqual([]);
    expect(await refusals('src/cli/probe.ts', "export { buildApp } from '../../server/build-app';")).toEqual(
      STATIC,
    );
    expect(await refusals('src/domain/probe.ts', "export { default as pg } from 'pg';")).toEqual(STATIC);
  });
});
