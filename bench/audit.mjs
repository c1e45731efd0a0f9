// The audit budget: auditing 10,000 existing entries against a ~100-item machine resolution costs at most 10x
// JSON.parse of the same input, measured side by side from the built dist. `node bench/audit.mjs` runs this measure
// alone (after `npm run build`); bench/run.mjs runs it with the others.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { do_not_optimize, measure } from 'mitata';

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
 * Measures one audit from text (the resolution's JSON and Get-MpPreference's JSON parsed, the list read, the report
 * built) against JSON.parse of the same two texts, best of three interleaved medians.
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
  let audited = Infinity;
  let parsed = Infinity;
  for (let round = 0; round < 3; round++) {
    audited = Math.min(audited, (await measure(() => do_not_optimize(audit()), { min_samples: 10 })).p50);
    parsed = Math.min(
      parsed,
      (await measure(() => do_not_optimize([JSON.parse(resolutionText), JSON.parse(currentText)]), { min_samples: 10 })).p50,
    );
  }
  const ms = (n) => `${(n / 1e6).toFixed(2)} ms`;
  const ratio = audited / parsed;
  return {
    name: `audit: 10,000 entries against a ${machine.exclusions.length}-item machine resolution (${((resolutionText.length + currentText.length) / 1024).toFixed(0)} KB of JSON)`,
    measured: `${ratio.toFixed(1)}x JSON.parse of the same input (${ms(audited)} vs ${ms(parsed)})`,
    budget: '<= 10x',
    ok: ratio <= 10,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await measureAudit();
  console.log(`${r.name}: ${r.measured} (${r.budget})${r.ok ? '' : '  <-- over budget'}`);
}
