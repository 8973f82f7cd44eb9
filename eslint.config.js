import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Folders a layer may not import from: dependencies point app → features → storage → domain. */
const layerRule = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dev-dist',
      'dist-cli',
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
  {
    files: ['src/domain/**/*.ts'],
    rules: layerRule([
      {
        group: ['react', 'react-dom', 'react-dom/*', 'dexie', 'dexie-react-hooks', 'recharts'],
        message: 'domain/ is pure TypeScript.',
      },
      {
        group: [
          '**/storage/**',
          '**/features/**',
          '**/ui/**',
          '**/app/**',
          '**/i18n/**',
          '**/pwa/**',
          '**/cli/**',
        ],
        message: 'domain/ imports nothing from the other layers.',
      },
    ]),
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: layerRule([
      { group: ['react', 'react-dom', 'recharts'], message: 'storage/ has no UI.' },
      {
        group: ['**/features/**', '**/ui/**', '**/app/**', '**/i18n/**', '**/cli/**'],
        message: 'storage/ only stands on domain/.',
      },
    ]),
  },
  {
    files: ['src/{features,ui,app,i18n,pwa,cli}/**/*.{ts,tsx}'],
    rules: layerRule([{ group: ['dexie', 'dexie/*'], message: 'Only storage/ imports Dexie.' }]),
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: layerRule([
      { group: ['dexie', 'dexie/*', 'dexie-react-hooks'], message: 'ui/ is presentational.' },
      {
        group: ['**/storage/**', '**/features/**', '**/app/**'],
        message: 'ui/ is used by features/ and app/ only.',
      },
    ]),
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: layerRule([
      { group: ['dexie', 'dexie/*'], message: 'Only storage/ imports Dexie.' },
      { group: ['**/app/**'], message: 'features/ do not import app/.' },
    ]),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: layerRule([
      {
        group: ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'recharts'],
        message: 'cli/ runs in Node over domain/.',
      },
      {
        group: ['**/storage/**', '**/features/**', '**/ui/**', '**/app/**'],
        message: 'cli/ only stands on domain/.',
      },
    ]),
  },
  {
    files: ['*.config.{js,ts}', 'scripts/**', 'tests/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
