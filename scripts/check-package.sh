#!/usr/bin/env bash
# Packaging checks on the real tarball: npm pack, install into a fresh project, then ESM import, CJS require, one
# error class across entries (and the brand across formats), types under moduleResolution node10, node16 and bundler,
# the bin, publint, arethetypeswrong (every resolution, every product entry), no unused or duplicated file in the
# tarball, consumer bundles (platform-neutral, no Node built-ins; resolveExclusions alone without renderers and within
# its budget; a product entry with renderExclusions holding one resolver), mdatp-plist read by Python's plistlib, and a
# fresh clone that `npm install` leaves clean. Prints "ok"/"FAIL" per check and a closing "N passed, N failed".
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
check() {
  local name="$1"; shift
  if out="$("$@" 2>&1)"; then
    passed=$((passed + 1)); echo "ok   $name"
  else
    failed=$((failed + 1)); echo "FAIL $name"; printf '%s\n' "$out" | tail -n 20 | sed 's/^/     /'
  fi
}

cd "$root"
tarball="$(npm pack --silent --pack-destination "$work" | tail -n 1)"
cd "$work"
cat > package.json <<'JSON'
{ "name": "consumer", "private": true, "type": "module" }
JSON
check "install the tarball into a fresh project" npm install --silent --no-audit --no-fund "$work/$tarball"
check "the tarball ships every file of data/" bash -c "diff <(cd '$root/data' && ls) <(cd node_modules/av-exclusions/data && ls)"
ln -s "$root/node_modules/typescript" node_modules/typescript 2>/dev/null || true

cat > esm.mjs <<'JS'
import { readdirSync } from 'node:fs';
import { resolveExclusions, listProducts, renderExclusions } from 'av-exclusions';
import { createCatalog, rulePackJsonSchema } from 'av-exclusions/schema';
import { resolveExclusions as sesam } from 'av-exclusions/products/sep-sesam';
import pack from 'av-exclusions/data/sep-sesam.json' with { type: 'json' };
import schema from 'av-exclusions/schema.json' with { type: 'json' };
import machineSchema from 'av-exclusions/machine.schema.json' with { type: 'json' };
import { resolveMachine } from 'av-exclusions';
import { machineJsonSchema, parseMachine } from 'av-exclusions/schema';
const r = resolveExclusions({ product: 'sep-sesam', version: '5.0.0', roles: ['server'], platform: 'windows', features: ['postgresql'] });
if (!r.exclusions.some((i) => i.value === 'postgres.exe')) throw new Error('resolve');
// Every pack the tarball ships under data/ is a bundled product, listed by id, sorted.
const packs = readdirSync(new URL('./node_modules/av-exclusions/data/', import.meta.url))
  .filter((f) => f.endsWith('.json') && f !== 'schema.json' && f !== 'machine.schema.json' && f !== 'never-exclude.json').map((f) => f.slice(0, -5)).sort();
if (!packs.length || JSON.stringify(listProducts().map((p) => p.id)) !== JSON.stringify(packs)) throw new Error('list');
if (!renderExclusions(r, 'defender-powershell').text.includes('Add-MpPreference')) throw new Error('render');
if (sesam({ roles: ['server'], platform: 'linux' }).exclusions[0].value !== '/opt/sesam') throw new Error('product entry');
if (createCatalog([pack]).listProducts()[0].id !== 'sep-sesam') throw new Error('createCatalog');
if (JSON.stringify(rulePackJsonSchema()) !== JSON.stringify(schema)) throw new Error('schema.json');
if (JSON.stringify(machineJsonSchema()) !== JSON.stringify(machineSchema)) throw new Error('machine.schema.json');
const machine = parseMachine({ platform: 'windows', products: [{ product: 'hyper-v', roles: ['host'] }, { product: 'sep-sesam', roles: ['client'] }] });
if (resolveMachine(machine).machine.products.length !== 2) throw new Error('resolveMachine');
JS
check "ESM import (main, schema, product entry, data, schema.json, machine.schema.json)" node esm.mjs

cat > cjs.cjs <<'JS'
const { resolveExclusions, AvExclusionsError } = require('av-exclusions');
const { createCatalog } = require('av-exclusions/schema');
const { resolveExclusions: kerio } = require('av-exclusions/products/kerio-connect');
const r = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'linux' });
if (r.exclusions[0].value !== '/opt/kerio/mailserver') throw new Error('resolve');
if (kerio({ roles: ['server'], platform: 'macos' }).exclusions[0].value !== '/usr/local/kerio/mailserver') throw new Error('entry');
try { resolveExclusions({ product: 'nope', roles: ['x'] }); throw new Error('no error'); } catch (e) { if (!(e instanceof AvExclusionsError)) throw e; }
if (typeof createCatalog !== 'function') throw new Error('schema');
JS
check "CJS require (main, schema, product entry)" node cjs.cjs

# One error class: createCatalog's errors (av-exclusions/schema) and a product entry's are instances of the main
# entry's class, in ESM and in CJS; across the two formats the classes differ and isAvExclusionsError still answers.
cat > errors.mjs <<'JS'
import { createRequire } from 'node:module';
import { AvExclusionsError, isAvExclusionsError } from 'av-exclusions';
import * as schema from 'av-exclusions/schema';
import * as sesam from 'av-exclusions/products/sep-sesam';
const require = createRequire(import.meta.url);
const cjs = require('av-exclusions');
const cjsSchema = require('av-exclusions/schema');
const cjsSesam = require('av-exclusions/products/sep-sesam');
const thrown = (fn) => { try { fn(); } catch (e) { return e; } throw new Error('nothing thrown'); };
const bad = [{ id: 'broken' }];
const cases = [
  ['createCatalog (ESM)', thrown(() => schema.createCatalog(bad)), AvExclusionsError, isAvExclusionsError],
  ['a catalog resolveExclusions (ESM)', thrown(() => schema.createCatalog([]).resolveExclusions({ product: 'x', roles: ['y'] })), AvExclusionsError, isAvExclusionsError],
  ['product entry (ESM)', thrown(() => sesam.resolveExclusions({ roles: ['master'], platform: 'linux' })), AvExclusionsError, isAvExclusionsError],
  ['createCatalog (CJS)', thrown(() => cjsSchema.createCatalog(bad)), cjs.AvExclusionsError, cjs.isAvExclusionsError],
  ['product entry (CJS)', thrown(() => cjsSesam.resolveExclusions({ roles: ['master'], platform: 'linux' })), cjs.AvExclusionsError, cjs.isAvExclusionsError],
];
for (const [name, error, Class, guard] of cases) {
  if (!(error instanceof Class)) throw new Error(`${name}: not an instance of the main entry's class`);
  if (!guard(error) || !isAvExclusionsError(error) || !cjs.isAvExclusionsError(error)) throw new Error(`${name}: the guard says no`);
}
for (const [name, entry] of [['schema', schema], ['product entry', sesam]]) {
  if (entry.AvExclusionsError !== AvExclusionsError || entry.isAvExclusionsError !== isAvExclusionsError) throw new Error(`${name} exports another class`);
}
if (cjsSchema.AvExclusionsError !== cjs.AvExclusionsError || cjsSesam.AvExclusionsError !== cjs.AvExclusionsError) throw new Error('CJS entries differ');
if (cases[3][1] instanceof AvExclusionsError) throw new Error('expected the CJS class to differ from the ESM one');
JS
check "one error class per format across entries; isAvExclusionsError across ESM and CJS" node errors.mjs

cat > consumer.ts <<'TS'
import { resolveExclusions, type Resolution, type ProductId } from 'av-exclusions';
import { createCatalog } from 'av-exclusions/schema';
import { resolveExclusions as asr } from 'av-exclusions/products/azure-site-recovery';
const r: Resolution = resolveExclusions({ product: 'sep-sesam', roles: ['server'], platform: 'windows', features: ['postgresql'] });
const p: ProductId = 'hyper-v';
// @ts-expect-error: not a role of sep-sesam
resolveExclusions({ product: 'sep-sesam', roles: ['master'], platform: 'windows' });
import { getProduct as kerioProduct, isAvExclusionsError as guard, type ProductQuery } from 'av-exclusions/products/kerio-connect';
asr({ roles: ['hyper-v-to-azure/hyper-v-host'], osVersion: '2019' });
const q: ProductQuery<'kerio-connect'> = { roles: kerioProduct().roles, platform: 'macos' };
void createCatalog; void r; void p; void q; void guard;
TS
for resolution in node10 node16 bundler; do
  module=$(case "$resolution" in node10) echo commonjs ;; node16) echo node16 ;; *) echo esnext ;; esac)
  # node10 projects compile to CommonJS and read the dependencies' CommonJS types, which need esModuleInterop.
  interop=$([ "$resolution" = node10 ] && echo --esModuleInterop || true)
  check "types with moduleResolution $resolution" node "$root/node_modules/typescript/bin/tsc" --noEmit --strict --skipLibCheck false $interop \
    --module "$module" --moduleResolution "$resolution" --target es2022 --types node --typeRoots "$root/node_modules/@types" consumer.ts
done
cp consumer.ts consumer.cts
sed -i "s/^import \(.*\) from '\(.*\)';$/import \1 from '\2';/" consumer.cts
check "types from CommonJS (node16, .cts)" node "$root/node_modules/typescript/bin/tsc" --noEmit --strict --module node16 --moduleResolution node16 --target es2022 --types node --typeRoots "$root/node_modules/@types" consumer.cts

check "bin runs" sh -c './node_modules/.bin/av-exclusions resolve sep-sesam --version 5.0.0 --role server --platform windows --feature postgresql --format json | grep -q postgres.exe'
check "publint reports no problems" sh -c "cd '$root' && npx --no-install publint --strict"
products="$(cd "$root/data" && ls ./*.json | sed -e 's#^\./##' -e '/^schema\.json$/d' -e '/^machine\.schema\.json$/d' -e '/^never-exclude\.json$/d' -e 's#\.json$##' -e 's#^#products/#' | tr '\n' ' ')"
check "arethetypeswrong: no problems under node10, node16 and bundler, every product entry" sh -c \
  "cd '$root' && npx --no-install attw --pack . --entrypoints . schema $products --format ascii"
cat > neutral.mjs <<'JS'
import { resolveExclusions } from 'av-exclusions';
console.log(resolveExclusions({ product: 'hyper-v', roles: ['host'] }).exclusions.length);
JS
check "core bundles for --platform=neutral without Node built-ins" sh -c \
  "'$root/node_modules/.bin/esbuild' neutral.mjs --bundle --platform=neutral --main-fields=module,main --format=esm --outfile=neutral.out.js --log-level=warning && ! grep -Eq \"from ['\\\"]node:|require\\(['\\\"](node:)?(fs|path|os|child_process|crypto|util)['\\\"]\\)\" neutral.out.js && node neutral.out.js"

# What the tarball holds: every file of dist/ is reached from the exports map, the bin or typesVersions (no unused
# file such as a CJS copy of the CLI), and no code or data is there twice within a format.
cat > files.mjs <<'JS'
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
const pkgDir = 'node_modules/av-exclusions';
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const all = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? all(join(dir, e.name)) : [join(dir, e.name)]));
const dist = all(join(pkgDir, 'dist')).map((f) => relative(pkgDir, f));
const ids = readdirSync(join(pkgDir, 'data')).filter((f) => f.endsWith('.json') && f !== 'schema.json' && f !== 'machine.schema.json' && f !== 'never-exclude.json').map((f) => f.slice(0, -5));
const expand = (target) => (target.includes('*') ? ids.map((id) => target.replace('*', id)) : [target]);
const roots = new Set();
const walk = (v) => (typeof v === 'string' ? expand(v).forEach((t) => roots.add(normalize(t))) : Object.values(v ?? {}).forEach(walk));
walk(pkg.exports); walk(pkg.bin); walk(pkg.typesVersions); walk({ a: pkg.main, b: pkg.module, c: pkg.types });
const reached = new Set();
const queue = [...roots].filter((f) => f.startsWith('dist/'));
while (queue.length) {
  const file = queue.pop();
  if (reached.has(file)) continue;
  reached.add(file);
  const text = readFileSync(join(pkgDir, file), 'utf8');
  for (const m of text.matchAll(/(?:from\s*|require\(|import\()\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    let target = normalize(join(dirname(file), m[1]));
    // A declaration file imports its sibling declarations by their JavaScript names (x.js → x.d.ts, x.cjs → x.d.cts).
    if (!dist.includes(target) && /\.d\.c?ts$/.test(file)) target = target.replace(/\.js$/, '.d.ts').replace(/\.cjs$/, '.d.cts');
    if (!dist.includes(target)) throw new Error(`${file} imports ${m[1]}, which is not in the tarball`);
    queue.push(target);
  }
}
const unused = dist.filter((f) => !reached.has(f));
if (unused.length) throw new Error(`files no entry reaches: ${unused.join(', ')}`);
for (const ext of ['.js', '.cjs']) {
  const code = dist.filter((f) => f.endsWith(ext)).map((f) => [f, readFileSync(join(pkgDir, f), 'utf8')]);
  const holding = (re) => code.filter(([, t]) => re.test(t)).map(([f]) => f);
  for (const [what, re] of [['the resolver', /function resolveImpl\(/], ['the error class', /(?:class AvExclusionsError|AvExclusionsError = class)\b/]]) {
    const files = holding(re);
    if (files.length !== 1) throw new Error(`${what} (${ext}) is in ${files.length} files: ${files.join(', ')}`);
  }
  for (const id of ids) {
    const files = holding(new RegExp(`"id": ${JSON.stringify(JSON.stringify(id)).slice(1, -1)},`));
    if (files.length !== 1 || files[0] !== `dist/data${ext}`) throw new Error(`the data of ${id} (${ext}) is in: ${files.join(', ')}`);
  }
}
JS
check "the tarball holds no unused file and no code or data twice" node files.mjs

# Consumer bundles of the installed package (esbuild, --platform=neutral, minified, gzip -9), as bench/sizes.mjs measures.
cat > bundles.mjs <<'JS'
const { measureSizes } = await import(process.argv[2]);
const s = await measureSizes(process.cwd());
const problems = [];
if (s.coreCode.renderers.length) problems.push(`resolveExclusions alone holds renderer strings: ${s.coreCode.renderers.join(', ')}`);
if (s.core.zod || s.core.semver || s.core.nodeBuiltins) problems.push('zod, semver or a Node built-in in the core bundle');
if (s.combined.resolvers !== 1) problems.push(`a product entry with renderExclusions holds ${s.combined.resolvers} resolvers`);
// The byte budgets (8 KB of code, 10 KB per product entry) are reported by `npm run bench` in bench/RESULTS.md.
for (const [id, p] of Object.entries(s.products)) if (p.renderers.length || p.zod) problems.push(`products/${id}: a renderer or zod inside`);
console.log(`resolveExclusions alone: ${(s.coreCode.gzip / 1024).toFixed(2)} KB of code, data apart ${(s.data.gzip / 1024).toFixed(2)} KB`);
if (problems.length) throw new Error(problems.join('; '));
JS
check "consumer bundles: resolveExclusions alone and every product entry hold no renderer; one resolver with a product entry" \
  node bundles.mjs "$root/bench/sizes.mjs"

# mdatp-plist from the installed package, read back by a real plist parser.
cat > plist.mjs <<'JS'
import { spawnSync } from 'node:child_process';
import { renderExclusions, resolveExclusions } from 'av-exclusions';
const r = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'macos', variables: { KERIO_STORE_DIR: '/Volumes/a&b <c>' } });
const out = renderExclusions(r, 'mdatp-plist');
const py = spawnSync('python3', ['-c', 'import json, plistlib, sys; print(json.dumps(plistlib.loads(sys.stdin.buffer.read())))'], { input: out.text, encoding: 'utf8' });
if (py.status !== 0) throw new Error(py.stderr);
if (JSON.stringify(JSON.parse(py.stdout)) !== JSON.stringify(out.data)) throw new Error(`plistlib read ${py.stdout}`);
JS
check "mdatp-plist parses with Python's plistlib and equals its data" node plist.mjs

# A fresh clone of the committed tree: npm install must leave git status clean (the lock file is current).
check "npm install on a fresh clone leaves git status clean" sh -c \
  "git clone --quiet --no-checkout '$root' clone && cd clone && git checkout --quiet '$(git -C "$root" rev-parse HEAD)' && npm install --silent --no-audit --no-fund --prefer-offline --ignore-scripts && test -z \"\$(git status --porcelain)\""

echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
