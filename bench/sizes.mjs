// Deterministic bundle sizes: what a consumer's bundler (esbuild) produces from the built package, gzip -9.
// Used by bench/run.mjs (report) and test/proofs/size.test.ts (budgets).

import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The id of every pack in data/ (its file name without .json), sorted: each has a product entry. */
export const productIds = () =>
  readdirSync(join(ROOT, 'data'))
    .filter((f) => f.endsWith('.json') && f !== 'schema.json' && f !== 'never-exclude.json')
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

// A consumer folder whose node_modules/av-exclusions links to this package, so its exports map is used as-is.
let consumer;
function consumerDir() {
  if (!consumer) {
    consumer = mkdtempSync(join(tmpdir(), 'av-size-'));
    mkdirSync(join(consumer, 'node_modules'));
    symlinkSync(ROOT, join(consumer, 'node_modules', 'av-exclusions'), 'dir');
    process.on('exit', () => rmSync(consumer, { recursive: true, force: true }));
  }
  return consumer;
}

async function bundle(contents, { externalData = false, keep = null } = {}) {
  const plugins = externalData
    ? [
        {
          name: 'data-apart',
          setup(b) {
            // Replace compiled products (all, or all but `keep`) by an empty stand-in.
            b.onLoad({ filter: /[\\/]src[\\/]generated[\\/]data[\\/][^\\/]+\.ts$/ }, (args) =>
              keep && args.path.endsWith(`${keep}.ts`) ? undefined : { contents: 'export const product = {};', loader: 'ts' },
            );
            // The never-exclude list is sourced data shared by every product: reported with the data, not the code.
            b.onLoad({ filter: /[\\/]src[\\/]generated[\\/]never-exclude\.ts$/ }, () => ({
              contents: 'export const NEVER_EXCLUDE_PATHS = []; export const NEVER_EXCLUDE_OTHERS = [];',
              loader: 'ts',
            }));
          },
        },
      ]
    : [];
  const result = await build({
    stdin: { contents, resolveDir: contents.includes('./src/') ? ROOT : consumerDir(), sourcefile: 'consumer.mjs', loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['import'],
    minify: true,
    treeShaking: true,
    metafile: true,
    logLevel: 'silent',
    plugins,
  });
  const text = result.outputFiles[0].text;
  const inputs = Object.keys(result.metafile.inputs);
  return { text, bytes: text.length, gzip: gz(text), inputs };
}

/** Sizes of the core entry (code and data apart), each product entry, and whether zod or Node built-ins are reachable. */
export async function measureSizes() {
  const use = "console.log(resolveExclusions({ product: 'sep-sesam', roles: ['server'], platform: 'linux' }));";
  // The built package as a consumer bundles it (code and data).
  const core = await bundle(`import { resolveExclusions } from 'av-exclusions'; ${use}`);
  // The same entry from source with the compiled data stubbed out: the code alone.
  const code = await bundle(`import { resolveExclusions } from './src/index.ts'; ${use}`, { externalData: true });
  // The compiled products alone.
  const data = await bundle(
    "import { BUNDLED_CATALOG } from './src/generated/catalog.ts'; import * as never from './src/generated/never-exclude.ts'; console.log(BUNDLED_CATALOG, never);",
  );
  const products = {};
  for (const id of productIds()) {
    const use = 'console.log(resolveExclusions({ roles: [] }));';
    // As a consumer bundles the built entry: code, this product's data and that of the products it includes.
    const entry = await bundle(`import { resolveExclusions } from 'av-exclusions/products/${id}'; ${use}`);
    // Code plus this product's data only (included products' data stubbed), the budget's definition.
    const own = await bundle(`import { resolveExclusions } from './src/generated/entries/${id}.ts'; ${use}`, {
      externalData: true,
      keep: id,
    });
    products[id] = { gzip: own.gzip, withIncludes: entry.gzip, zod: entry.inputs.some((i) => i.includes('node_modules/zod')) };
  }
  return {
    core: {
      gzip: core.gzip,
      bytes: core.bytes,
      zod: core.inputs.some((i) => i.includes('node_modules/zod')),
      nodeBuiltins: /\bfrom\s*["']node:|require\(["']node:/.test(core.text),
    },
    data: { gzip: data.gzip, bytes: data.bytes },
    coreCode: { gzip: code.gzip, bytes: code.bytes },
    products,
  };
}
