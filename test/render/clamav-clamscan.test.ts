import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderClamavClamscan } from '../../src/render/clamav-clamscan.js';
import { expectError } from '../helpers.js';
import { EMPTY_LINUX, KERIO_MACOS, SESAM_LINUX, WINDOWS, withItems } from './fixtures/resolutions.js';

const dir = mkdtempSync(join(tmpdir(), 'av-clamscan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a rendered script under `shell` with a stub `clamscan` first in PATH that prints its arguments, NUL-separated. */
function run(shell: string, script: string, args: string[]): { status: number | null; argv: string[]; stderr: string } {
  writeFileSync(join(dir, 'clamscan'), '#!/bin/sh\nprintf \'%s\\0\' "$@"\n', { mode: 0o755 });
  writeFileSync(join(dir, 'scan.sh'), script);
  const r = spawnSync(shell, [join(dir, 'scan.sh'), ...args], { encoding: 'utf8', env: { PATH: `${dir}:${process.env.PATH}` } });
  return { status: r.status, argv: r.stdout.split('\0').slice(0, -1), stderr: r.stderr };
}

describe('renderClamavClamscan', () => {
  const out = renderClamavClamscan(SESAM_LINUX);

  it('data: -r, then --exclude-dir and --exclude per directory, --exclude per file, pattern and extension', () => {
    expect(out.data).toEqual([
      '-r',
      '--exclude-dir=^/opt/sesam(/|$)',
      '--exclude=^/opt/sesam/',
      '--exclude-dir=^/var/opt/sesam/var(/|$)',
      '--exclude=^/var/opt/sesam/var/',
      '--exclude-dir=^/mnt/store(/|$)',
      '--exclude=^/mnt/store/',
      '--exclude=^/var/opt/sesam/var/ini/sm\\.ini$',
      '--exclude=^/var/opt/sesam/var/log/sm_[^/]*\\.lo[^/]$',
      '--exclude=\\.vhdx$',
      '--exclude-dir=^/opt/kerio/mailserver(/|$)',
      '--exclude=^/opt/kerio/mailserver/',
      '--exclude-dir=^/opt/sesam/bsr(/|$)',
      '--exclude=^/opt/sesam/bsr/',
    ]);
  });

  it('is a sh script that execs clamscan with the single-quoted patterns and the caller arguments', () => {
    const lines = out.text.split('\n');
    expect(lines[0]).toBe('#!/bin/sh');
    expect(lines).toContain('set -eu');
    expect(lines).toContain('exec clamscan -r \\');
    expect(lines).toContain("  --exclude-dir='^/opt/sesam(/|$)' \\");
    expect(lines).toContain("  --exclude='\\.vhdx$' \\");
    expect(out.text.endsWith('  "$@"\n')).toBe(true);
    expect(out.text).toContain(
      '# Scan roots must be absolute paths: clamscan matches the patterns against paths built from its arguments,',
    );
    expect(out.text).not.toContain('\r');
    expect(renderClamavClamscan(structuredClone(SESAM_LINUX)).text).toBe(out.text);
  });

  it.each(['sh', 'dash', 'bash'])('under %s, passes exactly data plus the caller arguments to clamscan', (shell) => {
    const r = run(shell, out.text, ['--no-summary', '/srv', "/home/it's $(x)"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.argv).toEqual([...(out.data as string[]), '--no-summary', '/srv', "/home/it's $(x)"]);
  });

  it.each(['sh', 'dash', 'bash'])('under %s, refuses relative scan roots and no roots with exit 2', (shell) => {
    const relative = run(shell, out.text, ['/srv', 'srv']);
    expect(relative.status).toBe(2);
    expect(relative.argv).toEqual([]);
    expect(relative.stderr).toBe('av-exclusions: scan roots must be absolute paths: srv\n');
    const none = run(shell, out.text, []);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('give the absolute paths to scan');
  });

  it('hostile values stay one argument each', () => {
    const hostile = withItems(EMPTY_LINUX, [
      ['directory', "/srv/it's $(id) `id` ; | & *"],
      ['file', '/srv/"q"\\'],
    ]);
    const o = renderClamavClamscan(hostile);
    const r = run('dash', o.text, ['/srv']);
    expect(r.argv).toEqual([...(o.data as string[]), '/srv']);
    expect(o.data).toEqual([
      '-r',
      "--exclude-dir=^/srv/it's \\$\\(id\\) `id` ; \\| & \\*(/|$)",
      "--exclude=^/srv/it's \\$\\(id\\) `id` ; \\| & \\*/",
      '--exclude=^/srv/"q"\\\\$',
    ]);
  });

  it('skips processes, lists unresolved items, writes each argument once', () => {
    expect(out.skipped.map((s) => s.rule)).toEqual(['sep-sesam/sm-main-process', 'sep-sesam/postgres-process']);
    expect(out.text).toContain('# Skipped sep-sesam/postgres-process (postgres): ClamAV has no process exclusion.');
    expect(out.warnings).toEqual([
      '2 process exclusion(s) cannot be expressed in ClamAV and were skipped',
      '1 exclusion(s) need values only you know and were not rendered',
      '1 conditional exclusion(s) were not rendered: see the comment block',
    ]);
    expect(out.text).toContain('#   sep-sesam/restore-dirs: needs RESTORE_DIRS');
    expect(
      renderClamavClamscan(
        withItems(EMPTY_LINUX, [
          ['directory', '/a'],
          ['volume', '/a/'],
        ]),
      ).data,
    ).toEqual(['-r', '--exclude-dir=^/a(/|$)', '--exclude=^/a/']);
    const empty = renderClamavClamscan(EMPTY_LINUX);
    expect(empty.data).toEqual(['-r']);
    expect(empty.text).toContain('# Nothing to exclude.\nexec clamscan -r \\\n  "$@"\n');
  });

  it('works for macOS; has no remove form; refuses Windows resolutions and unsafe values', () => {
    expect(renderClamavClamscan(KERIO_MACOS).data).toContain('--exclude=\\.eml$');
    expect(expectError(() => renderClamavClamscan(SESAM_LINUX, { action: 'remove' }), 'INVALID_OPTION').message).toContain(
      'no remove form',
    );
    expectError(() => renderClamavClamscan(WINDOWS), 'TARGET_PLATFORM_MISMATCH');
    expectError(() => renderClamavClamscan(withItems(EMPTY_LINUX, [['directory', '/srv/a\nb']])), 'UNSAFE_VALUE');
  });
});
