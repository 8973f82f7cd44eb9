import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import pkg from './package.json' with { type: 'json' };

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  plugins: [
    react(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'injectManifest',
      srcDir: 'src/pwa',
      filename: 'sw.ts',
      manifest: false,
      injectManifest: {
        // Every file the build writes, lazy chunks and the data worker included, so the whole app
        // works offline after one visit (the offline e2e test compares dist/ with the precache).
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,ico,webp,webmanifest,json,txt,woff,woff2,wasm}'],
        // The statement's PDF and spreadsheet code is large; a chunk over the default 2 MiB would
        // silently miss the precache and fail offline.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      // storage/ modules only define functions and tables; saying so lets a feature that imports a
      // verb through the storage barrel bring that verb alone, not the backup and import code the
      // barrel also re-exports, into the first screen.
      treeshake: { moduleSideEffects: (id) => !id.includes('/src/storage/') },
      output: {
        // Everything the first screen needs in one file: on a slow phone network each extra
        // request costs a round trip (150 ms and more), far more than its bytes.
        codeSplitting: { groups: [{ name: 'first-screen', tags: ['$initial'] }] },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
});
