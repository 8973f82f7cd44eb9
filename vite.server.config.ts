import { defineConfig } from 'vite';

/**
 * Builds the cooperative's server (server/main.ts), its command line (server/cli/main.ts) and its
 * benchmark (server/bench.ts, its load generator server/bench-load.ts) into
 * dist-server/. Its packages stay in node_modules (PGlite loads its WebAssembly from there, argon2
 * is native); our own code, src/domain included, is bundled, since Node 20 cannot run TypeScript.
 */
export default defineConfig({
  publicDir: false,
  logLevel: 'error',
  build: {
    ssr: true,
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        main: 'server/main.ts',
        cli: 'server/cli/main.ts',
        bench: 'server/bench.ts',
        'bench-load': 'server/bench-load.ts',
      },
      // Every chunk beside the entries, so each finds server/db/migrations one folder up.
      output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', format: 'es' },
    },
  },
});
