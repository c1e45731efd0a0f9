// The long fuzz run: at least 100,000 cases of hostile queries, render inputs and command lines against the built
// package (dist/) and the CLI's main (bundled here with esbuild). Writes bench/FUZZ.md; exits 1 on any untyped throw.
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import fc from 'fast-check';
import { AvExclusionsError, RENDER_TARGETS, renderExclusions, resolveExclusions } from '../dist/index.js';
import { makeChecks } from './fuzz-check.mjs';
import { argv, query, renderCase } from './fuzz-shapes.mjs';

const out = '.tmp/fuzz-main.mjs';
await build({ entryPoints: ['src/cli/main.ts'], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'silent' });
const { main } = await import(`../${out}`);
// The bundled main has its own copy of the error class: typed errors are recognised by name and code.
const checks = makeChecks({ resolveExclusions, renderExclusions, AvExclusionsError, RENDER_TARGETS, main });
const runs = Number(process.env.FUZZ_RUNS ?? 40_000);
const seed = Number(process.env.FUZZ_SEED ?? 20261130);
const tally = {};
const failures = [];
for (const [name, arbitrary, check] of [
  ['query', query, (q) => checks.query(q)],
  ['render', fc.tuple(renderCase, fc.nat()), ([c, i]) => checks.render(c, i)],
  ['argv', argv, (a) => checks.argv(a)],
]) {
  const t = (tally[name] = { cases: 0, ok: 0, typed: 0, other: 0 });
  for (const value of fc.sample(arbitrary, { numRuns: runs, seed })) {
    t.cases++;
    try {
      t[check(value)]++;
    } catch (error) {
      t.other++;
      if (failures.length < 10) failures.push(`${name}: ${String(error?.stack ?? error).split('\n')[0]}`);
    }
  }
}
const total = Object.values(tally).reduce((a, t) => ({ cases: a.cases + t.cases, typed: a.typed + t.typed, other: a.other + t.other }), {
  cases: 0,
  typed: 0,
  other: 0,
});
const rows = Object.entries(tally).map(([n, t]) => `| ${n} | ${t.cases} | ${t.ok} | ${t.typed} | ${t.other} |`);
const report = `# Fuzz run (npm run fuzz)\n\nSeed ${seed}, ${runs} cases per shape, against dist/ and src/cli/main.ts.\n\n| shape | cases | answered | typed errors | other throws |\n|---|---|---|---|---|\n${rows.join('\n')}\n| **total** | ${total.cases} | | ${total.typed} | ${total.other} |\n${failures.length ? `\nFirst failures:\n${failures.map((f) => `- ${f}`).join('\n')}\n` : ''}`;
writeFileSync('bench/FUZZ.md', report);
console.log(report);
process.exitCode = total.other === 0 ? 0 : 1;
