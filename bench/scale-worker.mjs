// One scale measurement in a fresh process (so no other measurement's object shapes affect the JIT):
// argv[2] = 'small' (the bundled packs of data/) or 'large' (the same plus 1,000 synthetic products),
// argv[3] = path of the bundled internal module, argv[4] = JSON query. Prints JSON { checkMs, compileMs, resolveNs, answer }.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { do_not_optimize, measure } from 'mitata';
import { syntheticPacks } from './synthetic.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const [, , size, internalPath, queryJson] = process.argv;
const internal = await import(internalPath);
const real = readdirSync(join(ROOT, 'data'))
  .filter((f) => f.endsWith('.json') && f !== 'schema.json' && f !== 'machine.schema.json' && f !== 'never-exclude.json')
  .map((f) => JSON.parse(readFileSync(join(ROOT, 'data', f), 'utf8')));
const packs = size === 'large' ? [...real, ...syntheticPacks(1000, 50)] : real;
const checkStart = performance.now();
const issues = internal.checkPacks(packs);
const checkMs = performance.now() - checkStart;
if (issues.length) throw new Error(issues[0]);
const start = performance.now();
const catalog = internal.compilePacks(packs);
const compileMs = performance.now() - start;
const query = JSON.parse(queryJson);
const stats = await measure(() => do_not_optimize(internal.resolveImpl(catalog, query)));
console.log(JSON.stringify({ checkMs, compileMs, resolveNs: stats.p50, answer: internal.resolveImpl(catalog, query) }));
