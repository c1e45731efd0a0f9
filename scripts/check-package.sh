#!/usr/bin/env bash
# Packaging checks on the real tarball: npm pack, install into a fresh project, then ESM import, CJS require,
# types under moduleResolution node16 and bundler, the bin, publint, arethetypeswrong, and a platform-neutral
# bundle of the core without Node built-ins. Prints "ok"/"FAIL" per check and a closing "N passed, N failed".
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
const r = resolveExclusions({ product: 'sep-sesam', version: '5.0.0', roles: ['server'], platform: 'windows', features: ['postgresql'] });
if (!r.exclusions.some((i) => i.value === 'postgres.exe')) throw new Error('resolve');
// Every pack the tarball ships under data/ is a bundled product, listed by id, sorted.
const packs = readdirSync(new URL('./node_modules/av-exclusions/data/', import.meta.url))
  .filter((f) => f.endsWith('.json') && f !== 'schema.json').map((f) => f.slice(0, -5)).sort();
if (!packs.length || JSON.stringify(listProducts().map((p) => p.id)) !== JSON.stringify(packs)) throw new Error('list');
if (!renderExclusions(r, 'defender-powershell').text.includes('Add-MpPreference')) throw new Error('render');
if (sesam({ roles: ['server'], platform: 'linux' }).exclusions[0].value !== '/opt/sesam') throw new Error('product entry');
if (createCatalog([pack]).listProducts()[0].id !== 'sep-sesam') throw new Error('createCatalog');
if (JSON.stringify(rulePackJsonSchema()) !== JSON.stringify(schema)) throw new Error('schema.json');
JS
check "ESM import (main, schema, product entry, data, schema.json)" node esm.mjs

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

cat > consumer.ts <<'TS'
import { resolveExclusions, type Resolution, type ProductId } from 'av-exclusions';
import { createCatalog } from 'av-exclusions/schema';
import { resolveExclusions as asr } from 'av-exclusions/products/azure-site-recovery';
const r: Resolution = resolveExclusions({ product: 'sep-sesam', roles: ['server'], platform: 'windows', features: ['postgresql'] });
const p: ProductId = 'hyper-v';
// @ts-expect-error: not a role of sep-sesam
resolveExclusions({ product: 'sep-sesam', roles: ['master'], platform: 'windows' });
asr({ roles: ['hyper-v-to-azure/hyper-v-host'], osVersion: '2019' });
void createCatalog; void r; void p;
TS
for resolution in node16 bundler; do
  module=$([ "$resolution" = node16 ] && echo node16 || echo esnext)
  check "types with moduleResolution $resolution" node "$root/node_modules/typescript/bin/tsc" --noEmit --strict --skipLibCheck false \
    --module "$module" --moduleResolution "$resolution" --target es2022 --types node --typeRoots "$root/node_modules/@types" consumer.ts
done
cp consumer.ts consumer.cts
sed -i "s/^import \(.*\) from '\(.*\)';$/import \1 from '\2';/" consumer.cts
check "types from CommonJS (node16, .cts)" node "$root/node_modules/typescript/bin/tsc" --noEmit --strict --module node16 --moduleResolution node16 --target es2022 --types node --typeRoots "$root/node_modules/@types" consumer.cts

check "bin runs" sh -c './node_modules/.bin/av-exclusions resolve sep-sesam --version 5.0.0 --role server --platform windows --feature postgresql --format json | grep -q postgres.exe'
check "publint reports no problems" sh -c "cd '$root' && npx --no-install publint --strict"
check "arethetypeswrong reports no problems" sh -c "cd '$root' && npx --no-install attw --pack . --profile node16 --exclude-entrypoints ./data/*.json ./schema.json ./package.json --format ascii"
cat > neutral.mjs <<'JS'
import { resolveExclusions } from 'av-exclusions';
console.log(resolveExclusions({ product: 'hyper-v', roles: ['host'] }).exclusions.length);
JS
check "core bundles for --platform=neutral without Node built-ins" sh -c \
  "'$root/node_modules/.bin/esbuild' neutral.mjs --bundle --platform=neutral --main-fields=module,main --format=esm --outfile=neutral.out.js --log-level=warning && ! grep -Eq \"from ['\\\"]node:|require\\(['\\\"](node:)?(fs|path|os|child_process|crypto|util)['\\\"]\\)\" neutral.out.js && node neutral.out.js"

echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
