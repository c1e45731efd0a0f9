// Proof on a real scanner: ClamAV (Debian packages clamav, clamav-daemon, clamdscan) with a private test signature.
// A tree holds the Linux paths of a resolution and look-alike siblings, each with a file the signature detects;
// scanning with the rendered clamscan arguments and with clamd using the rendered ExcludePath lines must skip
// exactly the excluded files and detect every other one.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderClamavClamd } from '../../src/render/clamav-clamd.js';
import { renderClamavClamscan } from '../../src/render/clamav-clamscan.js';
import type { RuleKind } from '../../src/types/pack.js';
import type { Resolution } from '../../src/types/resolution.js';
import { KERIO_LINUX } from './cases.js';

for (const tool of ['clamscan', 'clamd', 'clamdscan', 'sigtool']) {
  if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
    throw new Error(`${tool} is missing: install ClamAV (apt-get install clamav clamav-daemon clamdscan)`);
  }
}

const root = mkdtempSync(join(tmpdir(), 'av-clam-'));
const tree = join(root, 'tree');
const MARKER = 'AVEXCL-TEST-MARKER-7f3c1e\n';

function resolutionFor(items: [RuleKind, string][]): Resolution {
  const template = KERIO_LINUX.exclusions[0]!;
  return { ...KERIO_LINUX, exclusions: items.map(([kind, value], i) => ({ ...template, kind, value: `${tree}${value}`, rule: `test/r${i}`, duplicates: [] })) };
}

const resolution = resolutionFor([
  ['directory', '/opt/kerio/mailserver'],
  ['directory', '/var/opt/sesam/var'],
  ['directory', '/data/a+b (x).d'],
  ['volume', '/mnt/store'],
  ['file', '/etc/app.conf'],
  ['glob', '/logs/app-*.log'],
  ['process', '/usr/bin/backupd'],
]);
// The extension rule applies anywhere, so it is given as-is.
resolution.exclusions.push({ ...resolution.exclusions[0]!, kind: 'extension', value: '.vhdx', rule: 'test/ext' });

const EXCLUDED = [
  '/opt/kerio/mailserver/x.txt',
  '/opt/kerio/mailserver/store/user/a.eml',
  '/var/opt/sesam/var/db/x.txt',
  '/data/a+b (x).d/f.txt',
  '/mnt/store/deep/f.txt',
  '/etc/app.conf',
  '/logs/app-1.log',
  '/vm/disk.vhdx',
];
const DETECTED = [
  '/opt/kerio/mailserver2/x.txt',
  '/opt/kerio/mailserver.old/x.txt',
  '/srv/x/opt/kerio/mailserver/x.txt',
  '/var/opt/sesam/varnish/x.txt',
  '/var/opt/sesam/x.txt',
  '/data/aab (x)xd/f.txt',
  '/data/a+b (x).dd/f.txt',
  '/mnt/store2/f.txt',
  '/etc/appXconf',
  '/etc/app.conf.bak',
  '/logs/app-1/x.log',
  '/logs/other.log',
  '/vm/disk.VHDX',
  '/vm/disk.vhdx.bak',
  '/usr/bin/backupd',
];

let clamd: ChildProcess | undefined;

beforeAll(() => {
  for (const file of [...EXCLUDED, ...DETECTED]) {
    mkdirSync(dirname(join(tree, file)), { recursive: true });
    writeFileSync(join(tree, file), MARKER);
  }
  mkdirSync(join(root, 'db'));
  writeFileSync(join(root, 'marker'), MARKER);
  const sig = spawnSync('sigtool', ['--md5', join(root, 'marker')], { encoding: 'utf8' });
  expect(sig.status).toBe(0);
  writeFileSync(join(root, 'db', 'test.hdb'), sig.stdout);
});

afterAll(() => {
  clamd?.kill('SIGTERM');
  rmSync(root, { recursive: true, force: true });
});

function found(output: string): string[] {
  return output
    .split('\n')
    .filter((line) => line.endsWith(' FOUND'))
    .map((line) => line.slice(tree.length, line.lastIndexOf(': ')))
    .sort();
}

describe('ClamAV honours the rendered exclusions, and only them', () => {
  it('the rendered patterns skip processes with a reason', () => {
    expect(renderClamavClamd(resolution).skipped.map((s) => s.reason)).toEqual(['ClamAV has no process exclusion']);
  });

  it('clamscan with the rendered arguments', () => {
    const args = renderClamavClamscan(resolution).data as string[];
    const r = spawnSync('clamscan', ['--no-summary', '-d', join(root, 'db'), ...args, tree], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(1); // 1 = something was found
    expect(found(r.stdout)).toEqual([...DETECTED].sort());
  });

  it('the rendered clamscan script, run by sh, passes the same arguments', () => {
    const script = join(root, 'scan.sh');
    writeFileSync(script, renderClamavClamscan(resolution).text.replace('exec clamscan -r', `exec clamscan --no-summary -d '${join(root, 'db')}' -r`));
    const r = spawnSync('sh', [script, tree], { encoding: 'utf8' });
    expect(found(r.stdout)).toEqual([...DETECTED].sort());
    const relative = spawnSync('sh', [script, 'tree'], { encoding: 'utf8', cwd: root });
    expect(relative.status).toBe(2);
    expect(relative.stderr).toContain('scan roots must be absolute paths');
  });

  it('clamd with the rendered ExcludePath lines, scanned through clamdscan', async () => {
    const socket = join(root, 'clamd.sock');
    const conf = join(root, 'clamd.conf');
    writeFileSync(
      conf,
      [`LocalSocket ${socket}`, `DatabaseDirectory ${join(root, 'db')}`, 'Foreground yes', `LogFile ${join(root, 'clamd.log')}`, renderClamavClamd(resolution).text].join('\n'),
    );
    clamd = spawn('clamd', ['-c', conf], { stdio: 'ignore' });
    const deadline = Date.now() + 60_000;
    while (!existsSync(socket) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(existsSync(socket), 'clamd did not open its socket within 60 s').toBe(true);
    const r = spawnSync('clamdscan', [`--config-file=${conf}`, '--no-summary', tree], { encoding: 'utf8', timeout: 60_000 });
    expect(found(r.stdout)).toEqual([...DETECTED].sort());
  });
});
