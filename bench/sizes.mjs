// Deterministic bundle sizes, measured on what users get: the packed tarball (`npm pack`), installed into a fresh
// project, then bundled as a consumer would (esbuild, --platform=neutral, minified, gzip -9). Needs the built package
// (dist/). Used by bench/run.mjs (report) and test/proofs/size.test.ts (budgets).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The id of every pack in data/ (its file name without .json), sorted: each has a product entry. */
export const productIds = () =>
  readdirSync(join(ROOT, 'data'))
    .filter((f) => f.endsWith('.json') && f !== 'schema.json' && f !== 'machine.schema.json' && f !== 'never-exclude.json')
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

// Strings only a renderer holds: none of them may be in a bundle that does not render.
export const RENDERER_MARKERS = ['Add-MpPreference', 'ExcludePath', 'mdatp exclusion', 'exclusionSettings', 'ExcludedPaths'];

/** A fresh project with the packed tarball installed, as `npm install ./av-exclusions-x.y.z.tgz` leaves it. */
export function installPackedTarball() {
  const dir = mkdtempSync(join(tmpdir(), 'av-size-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop();
  writeFileSync(join(dir, 'package.json'), '{ "name": "size-consumer", "private": true, "type": "module" }\n');
  execFileSync('npm', ['install', '--silent', '--no-audit', '--no-fund', '--prefer-offline', join(dir, tarball)], {
    cwd: dir,
    stdio: 'ignore',
  });
  return dir;
}

// The compiled products of the installed package (dist/data.js, one named export per product, the id in camelCase,
// and BUNDLED_CATALOG over them): stubbed out to measure code alone.
const DATA_FILE = /[\\/]node_modules[\\/]av-exclusions[\\/]dist[\\/]data\.js$/;
const exportName = (id) => id.replace(/-([a-z0-9])/g, (_m, c) => c.toUpperCase());

async function bundle(dir, contents, { stubData = false, keep = null, minify = true } = {}) {
  const plugins = stubData
    ? [
        {
          name: 'data-apart',
          setup(b) {
            // Every product becomes an empty object, but `keep`, which is re-exported from the real file.
            b.onLoad({ filter: DATA_FILE, namespace: 'file' }, (args) => ({
              contents: productIds()
                .map((id) =>
                  id === keep
                    ? `import { ${exportName(id)} } from ${JSON.stringify(`${args.path}?real`)};\nexport { ${exportName(id)} };`
                    : `export const ${exportName(id)} = {};`,
                )
                .concat(
                  // The catalog's table of product ids is generated from data/*.json like the products: data too
                  // (it grows with every pack, and the data figure counts it), so it is left out of the code.
                  'export const BUNDLED_CATALOG = { products: {} };',
                  'export const NEVER_EXCLUDE_PATHS = []; export const NEVER_EXCLUDE_OTHERS = []; export const WINDOWS_MACHINE_VARIABLES = {}; const none = { exact: [], patterns: [] }; export const NEVER_EXCLUDE_MATCHERS = { windows: none, linux: none, macos: none };',
                )
                .join('\n'),
              loader: 'js',
            }));
            b.onResolve({ filter: /\?real$/ }, (args) => ({ path: args.path.slice(0, -'?real'.length), namespace: 'real' }));
            b.onLoad({ filter: /.*/, namespace: 'real' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'js' }));
          },
        },
      ]
    : [];
  const result = await build({
    stdin: { contents, resolveDir: dir, sourcefile: 'consumer.mjs', loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify,
    metafile: true,
    logLevel: 'silent',
    plugins,
  });
  const text = result.outputFiles[0].text;
  const inputs = Object.keys(result.metafile.inputs);
  return {
    text,
    bytes: text.length,
    gzip: gz(text),
    inputs,
    zod: inputs.some((i) => i.includes('node_modules/zod')),
    semver: inputs.some((i) => i.includes('node_modules/semver')),
    nodeBuiltins: /\bfrom\s*["']node:|require\(["']node:/.test(text),
    renderers: RENDERER_MARKERS.filter((m) => text.includes(m)),
  };
}

/**
 * Every size budget, measured on the installed tarball: the main entry's `resolveExclusions` (code alone, data
 * apart, both), each product entry (code and its own data; with the data of the products it includes), and a
 * product entry bundled with the main entry's `renderExclusions` (one resolver).
 */
export async function measureSizes(dir = installPackedTarball()) {
  const use = "console.log(resolveExclusions({ product: 'sep-sesam', roles: ['server'], platform: 'linux' }));";
  const main = `import { resolveExclusions } from 'av-exclusions'; ${use}`;
  const core = await bundle(dir, main);
  const coreCode = await bundle(dir, main, { stubData: true });
  const data = await bundle(dir, "import * as data from './node_modules/av-exclusions/dist/data.js'; console.log(data);");
  const products = {};
  for (const id of productIds()) {
    const entry = `import { resolveExclusions } from 'av-exclusions/products/${id}'; console.log(resolveExclusions({ roles: [] }));`;
    const withIncludes = await bundle(dir, entry);
    const own = await bundle(dir, entry, { stubData: true, keep: id });
    // The products whose data the entry carries besides its own (those its roles include).
    // A product object starts with its id, name and vendor (a role may share a product's id, and has no vendor).
    const includes = productIds().filter(
      (x) => x !== id && new RegExp(`id:${JSON.stringify(x)},name:"[^"]*",vendor:`).test(withIncludes.text),
    );
    // The product's compiled data alone, as the package ships it: what no resolver, however small, can leave out.
    const dataOnly = await bundle(
      dir,
      `import { ${exportName(id)} } from './node_modules/av-exclusions/dist/data.js'; console.log(${exportName(id)});`,
    );
    products[id] = {
      gzip: own.gzip,
      dataGzip: dataOnly.gzip,
      withIncludes: withIncludes.gzip,
      includes,
      zod: withIncludes.zod,
      renderers: withIncludes.renderers,
    };
  }
  // A product entry with the main entry's renderer, bundled without renaming so each copy of the resolver shows.
  const combinedSource =
    "import { resolveExclusions } from 'av-exclusions/products/sep-sesam'; import { renderExclusions } from 'av-exclusions';\n" +
    "console.log(renderExclusions(resolveExclusions({ roles: ['server'], platform: 'windows' }), 'defender-powershell').text);";
  const combined = await bundle(dir, combinedSource, { minify: false });
  const combinedMin = await bundle(dir, combinedSource);
  return {
    core: { gzip: core.gzip, bytes: core.bytes, zod: core.zod, semver: core.semver, nodeBuiltins: core.nodeBuiltins },
    coreCode: { gzip: coreCode.gzip, bytes: coreCode.bytes, renderers: coreCode.renderers },
    data: { gzip: data.gzip, bytes: data.bytes },
    products,
    combined: {
      gzip: combinedMin.gzip,
      resolvers: (combined.text.match(/\bfunction resolveImpl\d*\(/g) ?? []).length,
      catalogs: (combined.text.match(/\bBUNDLED_CATALOG\d*\s*=/g) ?? []).length,
    },
  };
}
