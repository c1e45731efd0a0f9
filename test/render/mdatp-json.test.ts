import { describe, expect, it } from 'vitest';
import { type MdatpManagedFragment, mdatpExclusion, renderMdatpJson } from '../../src/render/mdatp-json.js';
import { expectError } from '../helpers.js';
import { EMPTY_LINUX, KERIO_MACOS, SESAM_LINUX, WINDOWS, withItems } from './fixtures/resolutions.js';

describe('mdatpExclusion', () => {
  it('maps every kind, always with explicit epp scopes', () => {
    const e = (kind: Parameters<typeof mdatpExclusion>[0]['kind'], value: string) => mdatpExclusion({ rule: 'test/x', kind, value });
    expect(e('directory', '/var/opt/sesam/var/')).toEqual({
      $type: 'excludedPath',
      isDirectory: true,
      path: '/var/opt/sesam/var',
      scopes: ['epp'],
    });
    expect(e('volume', '/mnt/store')).toEqual({ $type: 'excludedPath', isDirectory: true, path: '/mnt/store', scopes: ['epp'] });
    expect(e('file', '/etc/a.conf')).toEqual({ $type: 'excludedPath', isDirectory: false, path: '/etc/a.conf', scopes: ['epp'] });
    expect(e('glob', '/var/log/*.log')).toEqual({ $type: 'excludedPath', isDirectory: false, path: '/var/log/*.log', scopes: ['epp'] });
    expect(e('extension', 'vhdx')).toEqual({ $type: 'excludedFileExtension', extension: '.vhdx', scopes: ['epp'] });
    expect(e('process', 'postgres')).toEqual({ $type: 'excludedFileName', name: 'postgres', scopes: ['epp'] });
    expect(e('process', '/usr/bin/x')).toEqual({ $type: 'excludedFileName', name: '/usr/bin/x', scopes: ['epp'] });
    // The key order of the managed-configuration samples.
    expect(Object.keys(e('directory', '/x'))).toEqual(['$type', 'isDirectory', 'path', 'scopes']);
  });
});

describe('renderMdatpJson', () => {
  const out = renderMdatpJson(SESAM_LINUX);
  const data = out.data as MdatpManagedFragment;

  it('is the exclusionSettings section: data, and text = JSON.stringify(data, null, 2) + newline', () => {
    expect(Object.keys(data)).toEqual(['exclusionSettings']);
    expect(Object.keys(data.exclusionSettings)).toEqual(['exclusions']);
    expect(out.text).toBe(`${JSON.stringify(data, null, 2)}\n`);
    expect(JSON.parse(out.text)).toEqual(data);
    expect(renderMdatpJson(structuredClone(SESAM_LINUX)).text).toBe(out.text);
  });

  it('writes every rendered item with scopes ["epp"] (managed JSON would default to global)', () => {
    expect(data.exclusionSettings.exclusions).toEqual([
      { $type: 'excludedPath', isDirectory: true, path: '/opt/sesam', scopes: ['epp'] },
      { $type: 'excludedPath', isDirectory: true, path: '/var/opt/sesam/var', scopes: ['epp'] },
      { $type: 'excludedPath', isDirectory: true, path: '/mnt/store', scopes: ['epp'] },
      { $type: 'excludedPath', isDirectory: false, path: '/var/opt/sesam/var/ini/sm.ini', scopes: ['epp'] },
      { $type: 'excludedPath', isDirectory: false, path: '/var/opt/sesam/var/log/sm_*.lo?', scopes: ['epp'] },
      { $type: 'excludedFileExtension', extension: '.vhdx', scopes: ['epp'] },
      { $type: 'excludedFileName', name: '/opt/sesam/bin/sesam/sm_main', scopes: ['epp'] },
      { $type: 'excludedFileName', name: 'postgres', scopes: ['epp'] },
      { $type: 'excludedPath', isDirectory: true, path: '/opt/kerio/mailserver', scopes: ['epp'] },
    ]);
    expect(out.text).not.toContain('mergePolicy');
    expect(out.text).not.toContain('global');
  });

  it('says to merge, not overwrite; lists managed and unresolved items in warnings', () => {
    expect(out.warnings[0]).toBe(
      'merge this fragment into /etc/opt/microsoft/mdatp/managed/mdatp_managed.json; do not replace the file, which holds the rest of the managed configuration',
    );
    expect(out.skipped.map((s) => s.rule)).toEqual(['sep-sesam/bsr-files']);
    expect(out.warnings).toContain('1 managed exclusion(s) left out: an installer or the scanner itself adds them: sep-sesam/bsr-files');
    expect(out.warnings).toContain('1 exclusion(s) need values only you know and were not rendered');
    expect(out.warnings).toContain(
      'sep-sesam/restore-dirs: needs RESTORE_DIRS ({RESTORE_DIRS}). RESTORE_DIRS: the restore targets configured in SEP sesam.',
    );
    expect(renderMdatpJson(EMPTY_LINUX).warnings).toHaveLength(1);
    expect(renderMdatpJson(SESAM_LINUX, { includeManaged: true }).text).toContain('"/opt/sesam/bsr"');
  });

  it('writes an entry once when items come out the same; escapes hostile values as JSON', () => {
    const d = renderMdatpJson(
      withItems(EMPTY_LINUX, [
        ['directory', '/srv/a'],
        ['directory', '/srv/a/'],
        ['directory', '/srv/"q" \\ $(x)'],
      ]),
    ).data as MdatpManagedFragment;
    expect(d.exclusionSettings.exclusions.map((e) => ('path' in e ? e.path : ''))).toEqual(['/srv/a', '/srv/"q" \\ $(x)']);
  });

  it('warns when a non-glob path holds a wildcard character', () => {
    expect(renderMdatpJson(withItems(EMPTY_LINUX, [['directory', '/home/*/git']])).warnings[1]).toContain('reads as wildcards');
  });

  it('has no remove form: an INVALID_OPTION error explaining how managed exclusions are removed', () => {
    const error = expectError(() => renderMdatpJson(SESAM_LINUX, { action: 'remove' }), 'INVALID_OPTION');
    expect(error.message).toBe(
      'mdatp-json has no remove form: managed exclusions are removed by deploying mdatp_managed.json without these entries',
    );
    expect(error.choices).toEqual(['add']);
  });

  it('is Linux only and refuses unsafe values', () => {
    expectError(() => renderMdatpJson(WINDOWS), 'TARGET_PLATFORM_MISMATCH');
    expectError(() => renderMdatpJson(KERIO_MACOS), 'TARGET_PLATFORM_MISMATCH');
    expectError(() => renderMdatpJson(withItems(EMPTY_LINUX, [['file', 'relative.conf']])), 'UNSAFE_VALUE');
    expectError(() => renderMdatpJson(withItems(EMPTY_LINUX, [['directory', '/srv/\u0007']])), 'UNSAFE_VALUE');
  });
});
