// The audit budget: auditing 10,000 existing entries against a ~100-item machine resolution costs at most 10x
// JSON.parse of the same input, measured side by side from the built dist. `node bench/audit.mjs` runs this measure
// alone (after `npm run build`); bench/run.mjs runs it with the others.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { do_not_optimize } from 'mitata';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// One Windows server running several products: the union of their resolutions, in the shape auditExclusions takes
// (a machine resolution: the query's platform and OS release, the items, the warnings).
const QUERIES = [
  { product: 'hyper-v', roles: ['host'], osVersion: '2019' },
  { product: 'failover-cluster', roles: ['node'], osVersion: '2019' },
  { product: 'sep-sesam', version: '5.0.0', roles: ['server'], platform: 'windows', features: ['postgresql'] },
  { product: 'sql-server', roles: ['database-engine', 'reporting-services'], osVersion: '2019' },
  { product: 'windows-server', roles: ['base', 'dns-server', 'web-server'], osVersion: '2019' },
  { product: 'kerio-connect', roles: ['server'], platform: 'windows' },
];

// 10,000 entries as Get-MpPreference writes them: folders spread over drives and vendors (some recommended ones
// among them), wildcard folders and file patterns, processes by path and by image name, extensions.
function currentList() {
  const tops = [
    'C:\\Program Files',
    'C:\\ProgramData',
    'C:\\Program Files (x86)',
    'D:\\Data',
    'E:\\Apps',
    'C:\\Windows\\System32',
    'D:\\Logs',
    'F:\\Backup',
  ];
  const paths = ['C:\\Program Files\\SEPsesam', '%ProgramData%\\Microsoft\\Windows\\Hyper-V', 'C:\\Temp'];
  for (let i = paths.length; i < 7000; i++) {
    const top = tops[i % tops.length];
    if (i % 20 === 0) paths.push(`${top}\\Vendor${i % 700}\\*\\logs`);
    else if (i % 33 === 0) paths.push(`${top}\\Vendor${i % 700}\\*.tmp${i}`);
    else paths.push(`${top}\\Vendor${i % 700}\\App${i}\\sub${i % 7}`);
  }
  const processes = ['postgres.exe', 'powershell.exe'];
  for (let i = processes.length; i < 2000; i++)
    processes.push(i % 2 ? `C:\\Program Files\\Vendor${i % 700}\\bin\\app${i}.exe` : `app${i}.exe`);
  const extensions = ['.vhdx', '.iso'];
  for (let i = extensions.length; i < 1000; i++) extensions.push(`.ext${i}`);
  return { ExclusionPath: paths, ExclusionProcess: processes, ExclusionExtension: extensions, DisableAutoExclusions: false };
}

/**
 * The floor of an audit of this shape: what any design pays to read the same Get-MpPreference text and answer with a
 * report of the same shape, with no matching at all. Each entry is read into its kind, text and origin, gets one
 * comparison key (trimmed, lower case) filed in a hash table, one look at the folders above it, and one report entry
 * (its verdicts, reasons and the rules needing it), as the real report holds them.
 *
 * @param currentText - the Get-MpPreference JSON
 * @returns the report's entries
 */
function auditFloor(currentText) {
  const lists = JSON.parse(currentText);
  const entries = [];
  for (const [name, kind] of [
    ['ExclusionPath', 'path'],
    ['ExclusionProcess', 'process'],
    ['ExclusionExtension', 'extension'],
  ]) {
    const list = lists[name];
    for (let i = 0; i < list.length; i++) entries.push({ kind, text: list[i], origin: { source: 'local', location: `${name}[${i}]` } });
  }
  const keys = new Map();
  const entryKeys = entries.map((entry, i) => {
    const key = entry.text.trim().toLowerCase();
    if (!keys.has(key)) keys.set(key, i);
    return key;
  });
  return entries.map((entry, i) => {
    const key = entryKeys[i];
    let above = -1;
    for (let at = key.indexOf('\\', 3); at > 0 && above < 0; at = key.indexOf('\\', at + 1)) above = keys.get(key.slice(0, at)) ?? -1;
    const verdict = above >= 0 ? 'redundant' : 'unrelated';
    return { entry, evaluable: true, verdicts: [verdict], reasons: [{ verdict, reason: verdict }], neededBy: [] };
  });
}

/**
 * Measures one audit from text (the resolution's JSON and Get-MpPreference's JSON parsed, the list read, the report
 * built) against JSON.parse of the same two texts, and the floor likewise: best of five interleaved means.
 *
 * @returns { name, measured, budget, ok }
 */
export async function measureAudit() {
  const lib = await import(join(ROOT, 'dist/index.js'));
  const parts = QUERIES.map((q) => lib.resolveExclusions(q));
  const machine = {
    query: { platform: 'windows', osVersion: '2019' },
    exclusions: parts.flatMap((p) => p.exclusions),
    conditional: parts.flatMap((p) => p.conditional),
    unresolved: parts.flatMap((p) => p.unresolved),
    warnings: [],
  };
  const resolutionText = JSON.stringify(machine);
  const currentText = JSON.stringify(currentList());
  const audit = () =>
    lib.auditExclusions(JSON.parse(resolutionText), lib.parseCurrentExclusions(currentText, 'defender-mppreference-json'));
  const report = audit();
  if (report.entries.length !== 10_000) throw new Error(`expected 10,000 entries, got ${report.entries.length}`);
  if (auditFloor(currentText).length !== 10_000) throw new Error('the floor read a different number of entries');
  // Each measure is the mean of a run of calls (garbage collection included, as a caller pays it; the last result
  // kept alive, as a caller keeps it), the three in turn, five rounds, the best round of each kept.
  const mean = (fn, calls) => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) do_not_optimize(fn());
    return Number(process.hrtime.bigint() - start) / calls;
  };
  let audited = Infinity;
  let parsed = Infinity;
  let floor = Infinity;
  for (let round = 0; round < 5; round++) {
    audited = Math.min(audited, mean(audit, 30));
    floor = Math.min(
      floor,
      mean(() => [JSON.parse(resolutionText), auditFloor(currentText)], 30),
    );
    parsed = Math.min(
      parsed,
      mean(() => [JSON.parse(resolutionText), JSON.parse(currentText)], 300),
    );
  }
  const ms = (n) => `${(n / 1e6).toFixed(2)} ms`;
  const ratio = audited / parsed;
  return {
    name: `audit: 10,000 entries against a ${machine.exclusions.length}-item machine resolution (${((resolutionText.length + currentText.length) / 1024).toFixed(0)} KB of JSON)`,
    measured: `${ratio.toFixed(1)}x JSON.parse of the same input (${ms(audited)} vs ${ms(parsed)})`,
    budget: '<= 10x',
    ok: ratio <= 10,
    floor: {
      name: 'audit: the same input read into entries with one key each, a hash table, a look above each entry and a report entry each, no matching',
      measured: `${(floor / parsed).toFixed(1)}x JSON.parse of the same input (${ms(floor)})`,
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await measureAudit();
  console.log(`${r.name}: ${r.measured} (${r.budget})${r.ok ? '' : '  <-- over budget'}`);
  console.log(`floor: ${r.floor.name}: ${r.floor.measured}`);
}
