/** Replaced with package.json's version when vite.cli.config.ts builds the CLI. */
declare const LUMBUNG_CLI_VERSION: string;

/** The app version written into statements made by the CLI. */
export const APP_VERSION: string =
  typeof LUMBUNG_CLI_VERSION === 'string' ? LUMBUNG_CLI_VERSION : '0.0.0-dev';
