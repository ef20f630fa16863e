// Builds the web desk (web/) into dist/web/, which `sitrep serve` serves.
// Everything is bundled into external files: no inline scripts or styles (the server's CSP is
// script-src 'self'; style-src 'self'), no data: URLs for assets, no remote fonts or tiles.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  clearScreen: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // `npm run dev:web`: the desk with live reload, its API calls sent to a `sitrep serve` on the
  // default port (start one first).
  server: { host: '127.0.0.1', proxy: { '/api': 'http://127.0.0.1:8421' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/web/', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    cssCodeSplit: false,
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1024,
  },
});
