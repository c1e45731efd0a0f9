// One warm resolve against copying its own answer, in a fresh process (bench/run.mjs runs several and takes the
// median): how V8 treats the resolver's allocations (whether it moves them to the old generation early) is decided
// per process, so one process alone can land on either side. Prints { resolve, copied, items } in nanoseconds.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { do_not_optimize, measure } from 'mitata';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const query = JSON.parse(process.argv[2]);

// A plain deep copy: what it costs to produce the answer's objects without any matching.
function copy(value) {
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copy(value[i]);
    return out;
  }
  if (value !== null && typeof value === 'object') {
    const out = {};
    for (const key in value) out[key] = copy(value[key]);
    return out;
  }
  return value;
}

const lib = await import(join(ROOT, 'dist/index.js'));
const answer = lib.resolveExclusions(query);
// Best of three interleaved medians: the machine's noise comes in bursts.
let resolve = Infinity;
let copied = Infinity;
for (let round = 0; round < 3; round++) {
  resolve = Math.min(resolve, (await measure(() => do_not_optimize(lib.resolveExclusions(query)))).p50);
  copied = Math.min(copied, (await measure(() => do_not_optimize(copy(answer)))).p50);
}
const items = answer.exclusions.length + answer.conditional.length + answer.unresolved.length;
console.log(JSON.stringify({ resolve, copied, items }));
