// npm run bench: measures every budget of ../README.md "Performance and size" side by side in one run and writes
// bench/RESULTS.md. Each line prints as `name: measured ratio (budget)`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { measureAudit } from './audit.mjs';
import { measureSite } from './site.mjs';
import { measureSizes, productIds } from './sizes.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const results = [];
const line = (name, measured, budget, ok, detail) => {
  results.push({ name, measured, budget, ok, detail });
  console.log(`${name}: ${measured} (${budget})${ok ? '' : '  <-- over budget'}${detail ? `  [${detail}]` : ''}`);
};
// Reference floors: what the work itself costs, measured in the same run, to read the budgets against (not budgets).
const floors = [];
const floor = (name, measured) => {
  floors.push({ name, measured });
  console.log(`floor: ${name}: ${measured}`);
};
const fmt = (n) => (n >= 1000 ? `${(n / 1000).toFixed(2)} µs` : `${n.toFixed(0)} ns`);

const QUERY = { product: 'sep-sesam', version: '5.0.0', roles: ['server'], platform: 'windows', features: ['postgresql'] };
const ASR = {
  product: 'azure-site-recovery',
  roles: ['hyper-v-to-azure/hyper-v-host'],
  osVersion: '2019',
  features: ['cluster-shared-volumes'],
};

// 1. Warm resolve vs copying its own answer, each in five fresh processes (bench/warm-worker.mjs): the median of the
// five ratios, with their range.
const PROCESSES = 5;
for (const [label, query] of [
  ['sep-sesam 5.0.0 server', QUERY],
  ['azure-site-recovery hyper-v host', ASR],
]) {
  const runs = [];
  for (let i = 0; i < PROCESSES; i++) {
    const out = execFileSync(process.execPath, [join(ROOT, 'bench/warm-worker.mjs'), JSON.stringify(query)], { encoding: 'utf8' });
    runs.push(JSON.parse(out));
  }
  runs.sort((x, y) => x.resolve / x.copied - y.resolve / y.copied);
  const mid = runs[Math.floor(PROCESSES / 2)];
  const ratio = mid.resolve / mid.copied;
  const range = `${(runs[0].resolve / runs[0].copied).toFixed(2)}–${(runs.at(-1).resolve / runs.at(-1).copied).toFixed(2)}x`;
  line(
    `warm resolve, ${label} (${mid.items} items)`,
    `${ratio.toFixed(2)}x copying its answer (${fmt(mid.resolve)} vs ${fmt(mid.copied)}; median of ${PROCESSES} processes, range ${range})`,
    '<= 4x',
    ratio <= 4,
  );
}

// 5. Scale: the bundled packs alone vs the same plus 1,000 synthetic products (50,000 rules), each
// compiled and measured in a fresh process so that only the catalog's size differs.
const internalDir = mkdtempSync(join(tmpdir(), 'av-bench-internal-'));
const internalFile = join(internalDir, 'internal.mjs');
await build({
  entryPoints: [join(ROOT, 'bench/internal-entry.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: internalFile,
  logLevel: 'silent',
});
const worker = (size, query) =>
  JSON.parse(
    execFileSync(process.execPath, [join(ROOT, 'bench/scale-worker.mjs'), size, internalFile, JSON.stringify(query)], { encoding: 'utf8' }),
  );
const bundled = productIds().length;
const largeCount = (bundled + 1000).toLocaleString('en-US');
const compiles = [];
const checks = [];
for (const [label, query] of [
  ['sep-sesam 5.0.0 server', QUERY],
  ['azure-site-recovery hyper-v host', ASR],
]) {
  // Best of three fresh processes each, interleaved.
  let small = { resolveNs: Infinity };
  let large = { resolveNs: Infinity };
  for (let round = 0; round < 3; round++) {
    const s = worker('small', query);
    const l = worker('large', query);
    if (s.resolveNs < small.resolveNs) small = s;
    if (l.resolveNs < large.resolveNs) large = l;
    compiles.push(l.compileMs);
    checks.push(l.checkMs);
  }
  if (JSON.stringify(small.answer) !== JSON.stringify(large.answer)) throw new Error('the large catalog answers differently');
  const ratio = large.resolveNs / small.resolveNs;
  line(
    `warm resolve, ${largeCount}-product catalog vs the ${bundled} bundled, ${label}`,
    `${ratio.toFixed(2)}x (${fmt(large.resolveNs)} vs ${fmt(small.resolveNs)})`,
    '<= 1.2x',
    ratio <= 1.2,
  );
}
rmSync(internalDir, { recursive: true, force: true });
const compileMs = Math.min(...compiles);
line(
  `compile ${largeCount} products / 50,000+ rules (cold, best of 6 processes)`,
  `${compileMs.toFixed(1)} ms (the semantic checks, run before, take ${Math.min(...checks).toFixed(1)} ms more)`,
  '<= 100 ms',
  compileMs <= 100,
);

// 2 and 3. Cold start from the installed package, against a bare node in the same run.
const work = mkdtempSync(join(tmpdir(), 'av-bench-install-'));
try {
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop();
  writeFileSync(join(work, 'package.json'), '{ "name": "bench-consumer", "private": true, "type": "module" }\n');
  execFileSync('npm', ['install', '--silent', '--no-audit', '--no-fund', join(work, tarball)], { cwd: work, stdio: 'ignore' });
  writeFileSync(
    join(work, 'probe.mjs'),
    `import { resolveExclusions } from 'av-exclusions';\nresolveExclusions(${JSON.stringify(QUERY)});\n`,
  );
  // Reference floors: ESM's own start (an empty module), and the same probe as one pre-bundled file (every module
  // of the package inlined, no module graph to load): what shipping every product's data costs at import.
  writeFileSync(join(work, 'empty.mjs'), '');
  await build({
    entryPoints: [join(work, 'probe.mjs')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: join(work, 'probe-one-file.mjs'),
    logLevel: 'silent',
  });
  const cliPath = join(work, 'node_modules/av-exclusions/dist/cli.js');
  const runs = 40;
  const time = (args) => {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: work, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const bare = [];
  const probe = [];
  const cli = [];
  const empty = [];
  const oneFile = [];
  const cliArgs = [
    cliPath,
    'resolve',
    'sep-sesam',
    '--version',
    '5.0.0',
    '--role',
    'server',
    '--platform',
    'windows',
    '--feature',
    'postgresql',
    '--format',
    'json',
  ];
  // Warm the file cache.
  for (let i = 0; i < 3; i++) {
    time(['-e', '']);
    time(['probe.mjs']);
    time(cliArgs);
    time(['empty.mjs']);
    time(['probe-one-file.mjs']);
  }
  for (let i = 0; i < runs; i++) {
    bare.push(time(['-e', '']));
    probe.push(time(['probe.mjs']));
    cli.push(time(cliArgs));
    empty.push(time(['empty.mjs']));
    oneFile.push(time(['probe-one-file.mjs']));
  }
  // Runs are interleaved (bare, probe, CLI); each ratio is taken within its own round, so a burst of noise hits
  // both sides of a ratio, and the median ratio is reported.
  const pr = median(probe.map((p, i) => p / bare[i]));
  const cr = median(cli.map((c, i) => c / bare[i]));
  const b = median([...bare]);
  line(
    'import + one resolve, installed ESM',
    `${pr.toFixed(2)}x bare node (median of ${runs} paired runs; bare node ${b.toFixed(1)} ms)`,
    '<= 1.25x',
    pr <= 1.25,
  );
  line('CLI resolve --format json', `${cr.toFixed(2)}x bare node (median of ${runs} paired runs)`, '<= 1.4x', cr <= 1.4);
  floor(
    'an empty ES module (the module loader alone)',
    `${median(empty.map((e, i) => e / bare[i])).toFixed(2)}x bare node (median of ${runs} paired runs)`,
  );
  floor(
    "import + one resolve, the same probe pre-bundled into one file (no module graph; every product's data still loaded)",
    `${median(oneFile.map((o, i) => o / bare[i])).toFixed(2)}x bare node (median of ${runs} paired runs)`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

// 4. Sizes (deterministic; also checked by test/proofs/size.test.ts), on the packed tarball installed into a fresh
// project and bundled by esbuild as a consumer would.
const sizes = await measureSizes();
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
line(
  'resolveExclusions alone, consumer-bundled from the installed tarball, code, gzip -9',
  `${kb(sizes.coreCode.gzip)} (the bundled products' data apart: ${kb(sizes.data.gzip)}; both: ${kb(sizes.core.gzip)})`,
  '<= 8 KB',
  sizes.coreCode.gzip <= 8 * 1024,
);
line(
  'renderers, zod, semver or Node built-ins in that bundle',
  [...sizes.coreCode.renderers, ...['zod', 'semver', 'nodeBuiltins'].filter((k) => sizes.core[k])].join(', ') || 'none',
  'none',
  !sizes.coreCode.renderers.length && !sizes.core.zod && !sizes.core.semver && !sizes.core.nodeBuiltins,
);
for (const [id, s] of Object.entries(sizes.products)) {
  const included = s.includes.length ? `; with the data of the products it includes (${s.includes.join(', ')}): ${kb(s.withIncludes)}` : '';
  line(
    `product entry av-exclusions/products/${id}, code + its data, gzip -9`,
    `${kb(s.gzip)} (its data alone: ${kb(s.dataGzip)})${included}`,
    '<= 10 KB',
    s.gzip <= 10 * 1024 && !s.zod && !s.renderers.length,
  );
}
line(
  "product entry + the main entry's renderExclusions, one bundle",
  `${sizes.combined.resolvers} resolver, ${sizes.combined.catalogs} bundled catalog (${kb(sizes.combined.gzip)})`,
  '1 resolver',
  sizes.combined.resolvers === 1,
);
line(
  'work at import (no zod, no range parsing)',
  'ranges compiled at build time; data is plain object literals',
  'no parsing at import',
  true,
);

// 7. The audit: 10,000 existing entries against a ~100-item machine resolution, from text (bench/audit.mjs).
{
  const r = await measureAudit();
  line(r.name, r.measured, r.budget, r.ok);
  floor(r.floor.name, r.floor.measured);
}

// 6. The static page: its JavaScript and its first rendered resolution against a blank page (bench/site.mjs).
for (const r of await measureSite()) line(r.name, r.measured, r.budget, r.ok);

// RESULTS.md
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const md = [
  '# Benchmark results',
  '',
  `Run: ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpu} (${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB), ${process.platform}/${process.arch}.`,
  'Every ratio is measured against its baseline in the same run (`npm run bench`).',
  '',
  '| measure | result | budget | met |',
  '|---|---|---|---|',
  ...results.map((r) => `| ${r.name} | ${r.measured} | ${r.budget} | ${r.ok ? 'yes' : '**no**'} |`),
  '',
  '## Reference floors',
  '',
  'Reference points measured in the same run, to read the budgets against (not budgets): each does only what its row says.',
  '',
  '| floor | result |',
  '|---|---|',
  ...floors.map((f) => `| ${f.name} | ${f.measured} |`),
  '',
].join('\n');
writeFileSync(join(ROOT, 'bench/RESULTS.md'), md);
console.log(`\nwrote bench/RESULTS.md; ${results.filter((r) => !r.ok).length} over budget`);
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
