import { loadMessages } from '../../src/i18n/translate';

// The statement's words are a part the app loads with its statement screens, the officer's check
// and the command line (loadStatementLabels); tests that draw or read statements directly get them
// here. The end-to-end tests hold the screens to loading them themselves.
await loadMessages('statement');
