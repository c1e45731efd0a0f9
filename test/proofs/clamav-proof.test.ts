// Proof on a real scanner: ClamAV (Debian packages clamav, clamav-daemon, clamdscan) with a private test signature
// (sigtool --md5 of a marker file; no freshclam, no network). A temporary tree mirrors the Linux paths of a
// resolution (every kind, hostile directory names) next to look-alike siblings, with the marker in every leaf.
// Scanning with the rendered clamscan arguments, with the rendered clamscan script (under sh, dash and bash) and with
// clamd using the rendered ExcludePath lines must leave out exactly the excluded files and report every other one.
// The uninstall form, applied to that clamd.conf, must bring every file back.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderClamavClamd } from '../../src/render/clamav-clamd.js';
import { renderClamavClamscan } from '../../src/render/clamav-clamscan.js';
import type { RuleKind } from '../../src/types/pack.js';
import type { Resolution } from '../../src/types/resolution.js';
import { EMPTY_LINUX, item, SESAM_SOURCE } from '../render/fixtures/resolutions.js';
import { clamavLab, requireClamavTools } from './clamav-lab.js';

requireClamavTools(
  ['clamscan', 'clamd', 'clamdscan', 'sigtool', 'dash', 'bash'],
  'clamav (apt-get install clamav clamav-daemon clamdscan dash)',
);

const lab = clamavLab('av-clam-', 'AVEXCL-TEST-MARKER-7f3c1e9b\n');
const { root, tree, db, found, startClamd, stop } = lab;

/** Directory names hostile to a regex, a shell or a config parser, each with siblings an unescaped pattern would hit. */
const HOSTILE_DIRS: [name: string, siblings: string[]][] = [
  ['a.b', ['aXb']],
  ['a+b', ['aab', 'ab']],
  ['x*', ['xxx', 'x']],
  ['q?', ['q']],
  ['(x)', ['x']],
  ['[ab]', ['a', 'b']],
  ['a{2}', ['aa']],
  ['a|b', ['ab', 'b']],
  ['^x', ['x']],
  ['$x', ['x$x']],
  ['back\\slash', ['backslash', 'back\\slashes']],
  ['it\'s "q" #h', ['it\'s "q" #hh', 'it\'s "q" ']],
  ['sp ', ['sp', 'sp x']],
  ['ü日本🙂', ['ü日本', 'u日本🙂']],
  ['$(touch x)', ['$(touch x)2']],
  ['-rf', ['-rf2']],
  ['%PATH% ~ & ; !', ['%PATH% ~ & ; !!']],
];

const ENTRIES: [RuleKind, string][] = [
  ['directory', '/opt/kerio/mailserver'],
  ['directory', '/var/opt/sesam/var/'],
  ['volume', '/mnt/store'],
  ['file', '/etc/opt/app.conf'],
  ['glob', '/var/log/sesam/sm_*.lo?'],
  ['process', '/usr/bin/backupd'],
  ...HOSTILE_DIRS.map(([name]): [RuleKind, string] => ['directory', `/h/${name}`]),
];

/** Files under the excluded paths: none may be reported. */
const EXCLUDED = [
  '/opt/kerio/mailserver/x.txt',
  '/opt/kerio/mailserver/store/user/a.eml',
  '/var/opt/sesam/var/db/x.txt',
  '/mnt/store/deep/er/f.txt',
  '/etc/opt/app.conf',
  '/var/log/sesam/sm_1.log',
  '/var/log/sesam/sm_.lox',
  '/vm/disk.vhdx',
  '/vm/deep/a.b.vhdx',
  '/inject/dir/f.txt',
  ...HOSTILE_DIRS.map(([name]) => `/h/${name}/f.txt`),
];

/** Look-alikes and everything else: each must be reported FOUND. */
const DETECTED = [
  ...new Set([
    '/opt/kerio/mailserver2/x.txt',
    '/opt/kerio/mailserver.old/x.txt',
    '/opt/kerio/x.txt',
    '/srv/x/opt/kerio/mailserver/x.txt',
    '/var/opt/sesam/varnish/x.txt',
    '/var/opt/sesam/x.txt',
    '/mnt/store2/f.txt',
    '/etc/opt/appXconf',
    '/etc/opt/app.conf.bak',
    '/etc/opt/app.conf.d/x.txt',
    '/var/log/sesam/sm_1.logs',
    '/var/log/sesam/sm_1Xlog',
    '/var/log/sesam/sm_1/x.log',
    '/var/log/other.log',
    '/vm/disk.VHDX',
    '/vm/disk.vhdx.bak',
    '/vm/diskvhdx',
    '/usr/bin/backupd',
    '/inject/other/f.txt',
    ...HOSTILE_DIRS.flatMap(([, siblings]) => siblings.map((s) => `/h/${s}/f.txt`)),
  ]),
].sort();

function fixture(): Resolution {
  const platform = 'linux';
  const via = [{ product: 'sep-sesam', role: 'server' }];
  const exclusions = ENTRIES.map(([kind, value], i) =>
    item(platform, { rule: `test/r${i}`, kind, template: value, value: `${tree}${value}`, source: SESAM_SOURCE, via }),
  );
  // The extension rule applies anywhere, so it is given as-is.
  exclusions.push(item(platform, { rule: 'test/vhdx', kind: 'extension', template: '.vhdx', source: SESAM_SOURCE, via }));
  // A rationale long enough that, written on one line, ClamAV would read its end as a setting that excludes everything.
  const prefix = '# test/inject (directory): ';
  exclusions.push(
    item(platform, {
      rule: 'test/inject',
      kind: 'directory',
      template: `${tree}/inject/dir`,
      source: SESAM_SOURCE,
      via,
      rationale: `${'x'.repeat(1023 - Buffer.byteLength(prefix))}ExcludePath .*`,
    }),
  );
  return { ...EMPTY_LINUX, exclusions };
}

const resolution = fixture();
beforeAll(() => lab.plant([...EXCLUDED, ...DETECTED]));
afterAll(() => lab.dispose());

function clamdscan(conf: string): string[] {
  const r = spawnSync('clamdscan', [`--config-file=${conf}`, '--no-summary', tree], { encoding: 'utf8', timeout: 60_000 });
  expect(r.status, r.stderr).toBe(1); // 1: something was found
  return found(r.stdout);
}

describe('ClamAV honours the rendered exclusions, and only them', () => {
  it('the fixture covers every kind, and the process is skipped with a reason', () => {
    expect(new Set(resolution.exclusions.map((e) => e.kind))).toEqual(
      new Set(['directory', 'volume', 'file', 'glob', 'process', 'extension']),
    );
    expect(renderClamavClamd(resolution).skipped).toEqual([
      { rule: 'test/r5', value: `${tree}/usr/bin/backupd`, reason: 'ClamAV has no process exclusion' },
    ]);
  });

  it('without exclusions, every file is found (the signature works)', () => {
    const r = spawnSync('clamscan', ['--no-summary', '-d', db, '-r', tree], { encoding: 'utf8' });
    expect(found(r.stdout)).toEqual([...EXCLUDED, ...DETECTED].sort());
  });

  it('clamscan with the rendered arguments (data)', () => {
    const args = renderClamavClamscan(resolution).data as string[];
    for (const root of [tree, `${tree}/`]) {
      const r = spawnSync('clamscan', ['--no-summary', '-d', db, ...args, root], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(1);
      expect(found(r.stdout.replaceAll(`${tree}//`, `${tree}/`))).toEqual(DETECTED);
    }
  });

  it.each(['sh', 'dash', 'bash'])('the rendered clamscan script, unchanged, run by %s', (shell) => {
    const script = join(root, 'scan.sh');
    writeFileSync(script, renderClamavClamscan(resolution).text);
    const r = spawnSync(shell, [script, '--no-summary', `--database=${db}`, tree], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(1);
    expect(found(r.stdout)).toEqual(DETECTED);
  });

  it('clamd with the rendered ExcludePath lines, scanned through clamdscan; the uninstall form brings every file back', async () => {
    const installed = renderClamavClamd(resolution).text;
    const { clamd, conf } = await startClamd('clamd', installed);
    try {
      expect(clamdscan(conf)).toEqual(DETECTED);
    } finally {
      await stop(clamd);
    }

    // Apply the uninstall form as an admin would: delete each line it lists after "# delete: ".
    const toDelete = new Set(
      renderClamavClamd(resolution, { action: 'remove' })
        .text.split('\n')
        .filter((l) => l.startsWith('# delete: '))
        .map((l) => l.slice('# delete: '.length)),
    );
    expect(toDelete.size).toBe(installed.split('\n').filter((l) => l.startsWith('ExcludePath ')).length);
    const uninstalled = installed
      .split('\n')
      .filter((l) => !toDelete.has(l))
      .join('\n');
    expect(uninstalled).not.toContain('\nExcludePath');
    const second = await startClamd('clamd-removed', uninstalled);
    try {
      expect(clamdscan(second.conf)).toEqual([...EXCLUDED, ...DETECTED].sort());
    } finally {
      await stop(second.clamd);
    }
  });
});
