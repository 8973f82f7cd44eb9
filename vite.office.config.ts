import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

/**
 * The officers' back office (src/backoffice/), a bundle of its own in dist-office/, served by the
 * server at /kantor/. It shares src/domain, src/i18n and src/ui with the member's app but adds
 * nothing to the member's PWA bundle.
 */
export default defineConfig({
  root: 'src/backoffice',
  base: '/kantor/',
  publicDir: false,
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  plugins: [react()],
  build: {
    outDir: '../../dist-office',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Under a strict CSP nothing may be inlined: no data: modules, no inline module preload script.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
