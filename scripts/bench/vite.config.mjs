// Builds the bench-only pages into node_modules/.cache/lumbung-bench/ (served under /__bench/ by scripts/bench.mjs).
// The app's own build (vite.config.ts, dist/) does not know these pages exist.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/__bench/',
  define: { __APP_VERSION__: JSON.stringify('bench') },
  logLevel: 'warn',
  build: {
    target: 'es2022',
    // A CPU profile of the verify bench reads better with the functions' own names.
    minify: !process.env.BENCH_VERIFY_PROFILE,
    outDir: here('../../node_modules/.cache/lumbung-bench'),
    emptyOutDir: true,
    rollupOptions: { input: { bench: here('index.html'), react: here('react-only.html') } },
  },
});
