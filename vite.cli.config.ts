import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

/**
 * Builds the Node command line (src/cli/main.ts) into one ES module, dist-cli/main.js, with its
 * dependencies bundled in: Node 20 cannot run TypeScript itself, and a plain `npm ci` has Vite.
 */
export default defineConfig({
  publicDir: false,
  logLevel: 'error',
  define: { LUMBUNG_CLI_VERSION: JSON.stringify(pkg.version) },
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: { output: { entryFileNames: 'main.js', format: 'es', codeSplitting: false } },
  },
});
