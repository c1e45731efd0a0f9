import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

// How the package is laid out in dist/, so that a consumer's bundler keeps only what it uses and no code or data is
// shipped twice:
// - dist/data.{js,cjs}: every compiled product (src/generated/data), each a named export, the bundled catalog and the
//   never-exclude list (sourced data like the packs), in
//   one file that every entry imports (the main entry, the schema entry for `includeBundled`, the product entries, the
//   CLI): one file to load for Node, and a bundler keeps only the products an entry uses.
// - the code is built with code splitting: every module shared by several entries (the resolver, the one error class)
//   lives in one shared chunk (dist/chunk-*.js), so an entry never carries its own copy of another's code.
// - ESM for index, schema, products/* and the CLI (ESM only: its bin is dist/cli.js); CJS for the library entries.
const products = readdirSync('src/generated/entries')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3));
const libraryEntries: Record<string, string> = {
  index: 'src/index.ts',
  schema: 'src/schema/index.ts',
  ...Object.fromEntries(products.map((id) => [`products/${id}`, `src/generated/entries/${id}.ts`])),
};

// One build starts from an empty dist/ (the builds below run side by side, so none of them may clean it).
rmSync('dist', { recursive: true, force: true });

/**
 * Keeps the compiled products and the bundled catalog out of the code builds: an import of `src/generated/data/<id>`
 * or `src/generated/catalog` becomes an import of `dist/data`, relative to where the importer lands (a product entry
 * under dist/products/; everything else, chunks included, at the root of dist/).
 */
function dataApart(ext: '.js' | '.cjs'): Plugin {
  return {
    name: 'data-apart',
    setup(build) {
      build.onResolve({ filter: /^\.{1,2}\/(?:.*\/)?(?:data\/[a-z0-9-]+|catalog|never-exclude)\.js$/ }, (args) => {
        const target = join(args.resolveDir, args.path);
        const generated = join(process.cwd(), 'src', 'generated');
        const isData =
          dirname(target) === join(generated, 'data') ||
          target === join(generated, 'catalog.js') ||
          target === join(generated, 'never-exclude.js');
        if (!isData) return undefined;
        const fromEntry = args.importer.startsWith(join(generated, 'entries'));
        return { path: `${fromEntry ? '..' : '.'}/data${ext}`, external: true };
      });
    },
  };
}

const shared: Options = {
  target: 'node20',
  splitting: true,
  treeshake: false,
  outDir: 'dist',
};

export default defineConfig([
  // The compiled products, one file.
  { ...shared, entry: { data: 'src/generated/data/index.ts' }, format: ['esm', 'cjs'], splitting: false },
  // ESM: the library entries and the CLI, sharing chunks.
  {
    ...shared,
    entry: { ...libraryEntries, cli: 'src/cli/bin.ts' },
    format: ['esm'],
    esbuildPlugins: [dataApart('.js')],
  },
  // CJS: the library entries, sharing chunks among themselves.
  { ...shared, entry: libraryEntries, format: ['cjs'], esbuildPlugins: [dataApart('.cjs')] },
  // The types of the library entries, for import (.d.ts) and require (.d.cts).
  { ...shared, entry: libraryEntries, format: ['esm', 'cjs'], dts: { only: true } },
]);
