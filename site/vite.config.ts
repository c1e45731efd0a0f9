import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: { alias: [{ find: /^av-exclusions$/, replacement: ROOT }] },
  // No module-preload polyfill (every browser the page supports preloads modules itself): less JavaScript to load.
  build: { modulePreload: false, outDir: fileURLToPath(new URL('../dist-site', import.meta.url)), emptyOutDir: true },
});
