import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One entry per bundled product (src/generated/entries/<id>.ts), besides the main, schema and CLI entries.
const products = Object.fromEntries(
  readdirSync('src/generated/entries')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [`products/${f.slice(0, -3)}`, `src/generated/entries/${f}`]),
);
const libraryEntries = { index: 'src/index.ts', schema: 'src/schema/index.ts', ...products };

export default defineConfig({
  entry: { ...libraryEntries, cli: 'src/cli/bin.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: libraryEntries },
  clean: true,
  target: 'node20',
  splitting: false,
  treeshake: true,
});
