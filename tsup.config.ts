import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One entry per bundled product (src/products/<id>.ts, generated), besides the main, schema and CLI entries.
const products = Object.fromEntries(
  readdirSync('src/products')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [`products/${f.slice(0, -3)}`, `src/products/${f}`]),
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
