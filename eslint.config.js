import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

import { layersPlugin } from './eslint/no-restricted-dynamic-imports.js';

/*
 * The layers of src/ and what each may import. Dependencies point one way, app → features →
 * storage → domain, with ui/ under features/ and app/ only. Every folder not named in `may` (or
 * `types`, for type-only imports) is refused, through any relative or rooted spelling of its path
 * ('../storage', '../../storage/db', '../features/../storage', '/src/storage', …), in import and
 * export declarations and in import() alike.
 */
const LAYERS = [
  { layer: 'domain', may: [], why: 'domain/ is pure TypeScript that runs in Node and the browser' },
  { layer: 'storage', may: ['domain'], why: 'storage/ stands on domain/ alone' },
  { layer: 'i18n', may: [], types: ['domain'], why: 'i18n/ holds messages, typed by domain/ at most' },
  { layer: 'ui', may: ['domain', 'i18n'], why: 'ui/ is presentational, below features/' },
  { layer: 'features', may: ['domain', 'storage', 'i18n', 'ui', 'pwa'], why: 'features/ sit under app/' },
  { layer: 'app', may: ['domain', 'storage', 'i18n', 'ui', 'features', 'pwa'], why: 'app/ is the top' },
  { layer: 'pwa', may: ['domain'], why: 'the service worker runs without the page, its book or its screens' },
  { layer: 'cli', may: ['domain', 'i18n'], why: 'cli/ runs in Node over domain/' },
  {
    layer: 'server',
    root: '',
    may: ['domain', 'i18n'],
    why: 'the server stands on domain/ (and the words a statement PDF is drawn in), never on the app',
  },
  {
    layer: 'backoffice',
    may: ['domain', 'i18n', 'ui', 'features'],
    why: 'the officers’ app reuses the verdict, statement and calculator screens, never the member’s book',
  },
];

/*
 * A folder's public entries: the only files of it that another layer may import (the name without
 * `.ts`). storage/lazy.ts is the second entry for the pieces only lazy screens use, so they stay
 * off the first screen; pwa/sw.ts runs in the worker and is never imported by the page.
 */
const ENTRIES = {
  storage: ['index', 'lazy'],
  pwa: ['register', 'launch', 'shared-file', 'nudge-state'],
};

/* Packages and the layers that may import them; every other layer is refused. */
const PACKAGES = [
  { names: ['dexie'], usedBy: ['storage'], why: 'storage/ is the only door to the database' },
  { names: ['dexie-react-hooks'], usedBy: ['features', 'app'], why: 'only screens read live' },
  {
    names: ['react', 'react-dom'],
    usedBy: ['i18n', 'ui', 'features', 'app', 'backoffice'],
    why: 'the rest has no UI',
  },
  { names: ['recharts'], usedBy: ['features'], why: 'charts belong to the reports screen' },
  { names: ['workbox-*'], usedBy: ['pwa'], why: 'the service worker and its registration live in pwa/' },
  { names: ['node:*'], usedBy: ['cli', 'server'], why: 'everything else runs in the browser' },
  {
    names: ['jsqr'],
    usedBy: ['features', 'cli'],
    why: 'QR codes are read from pictures by the officer’s screen and the CLI',
  },
  { names: ['pngjs', 'jpeg-js'], usedBy: ['cli'], why: 'the browser decodes pictures itself' },
  {
    names: ['fastify', '@fastify/*', 'pg', '@electric-sql/*', 'postgrator', '@node-rs/*'],
    usedBy: ['server'],
    why: 'the HTTP framework, the database and password hashing belong to the server',
  },
];

/** A regex source matching a specifier by name: `react` and `react/…`; `*` stands for any name part. */
const packageRegex = (name) => `^${name.replace('*', '[^/]*')}(?:/|$)`;

// A relative ('./', '../'), rooted ('/') or src-relative path that passes through `folder` anywhere.
const pathThrough = (folder) => `^(?:\\.{1,2}|src)?/(?:.*/)?${folder}`;

/** A regex source matching any path spelling that reaches `folder` or a file in it. */
const folderRegex = (folder) => `${pathThrough(folder)}(?:/|$)`;

/** A regex source matching any path into `folder` that does not end at one of its `entries`. */
const pastEntriesRegex = (folder, entries) =>
  `${pathThrough(folder)}/(?!(?:${entries.join('|')})(?:\\.tsx?)?$)(?!$)`;

/** The no-restricted-imports patterns of one row of LAYERS. */
function layerPatterns({ layer, may, types = [], why }) {
  const reachable = [layer, ...may, ...types].map((folder) => `${folder}/`).join(', ');
  const refused = LAYERS.map((row) => row.layer).filter((folder) => ![layer, ...may].includes(folder));
  return [
    ...refused.map((folder) => ({
      regex: folderRegex(folder),
      allowTypeImports: types.includes(folder),
      message: `${layer}/ imports only ${reachable}${types.length ? ' (types only)' : ''}: ${why}.`,
    })),
    ...may
      .filter((folder) => ENTRIES[folder])
      .map((folder) => ({
        regex: pastEntriesRegex(folder, ENTRIES[folder]),
        message: `Import ${folder}/ through its public entries (${ENTRIES[folder].join(', ')}), not its internals.`,
      })),
    ...PACKAGES.filter((row) => !row.usedBy.includes(layer)).flatMap((row) =>
      row.names.map((name) => ({
        regex: packageRegex(name),
        message: `${name} is for ${row.usedBy.map((user) => `${user}/`).join(', ')} only: ${row.why}.`,
      })),
    ),
  ];
}

/** One config object per layer, so no layer's restrictions override another's. */
const layerConfigs = LAYERS.map((row) => {
  const options = { patterns: layerPatterns(row) };
  return {
    // Layers live in src/, except those with their own `root` (server/ sits beside src/).
    files: [`${row.root ?? 'src/'}${row.layer}/**/*.{ts,tsx}`],
    plugins: { layers: layersPlugin },
    rules: {
      'no-restricted-imports': ['error', options],
      'layers/no-restricted-dynamic-imports': ['error', options],
    },
  };
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dev-dist',
      'dist-cli',
      'dist-server',
      'dist-office',
      'server-data',
      'node_modules',
      'test-results',
      'playwright-report',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  ...layerConfigs,
  {
    files: ['*.config.{js,ts}', 'scripts/**', 'tests/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
