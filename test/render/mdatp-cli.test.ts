import { describe, expect, it } from 'vitest';
import { mdatpArguments, renderMdatpCli } from '../../src/render/mdatp-cli.js';
import { posixValue } from '../../src/render/values/posix.js';
import type { RuleKind } from '../../src/types/pack.js';
import { expectError } from '../helpers.js';
import { EMPTY_LINUX, KERIO_MACOS, SESAM_LINUX, WINDOWS, withItems } from './fixtures/resolutions.js';

const it_ = (kind: RuleKind, value: string) => ({ rule: 'test/x', kind, value });
const commands = (text: string) => text.split('\n').filter((l) => l.startsWith('mdatp '));

describe('posixValue', () => {
  it.each([
    ['directory', '/opt/sesam', '/opt/sesam'],
    ['directory', '/var/opt/sesam/var/', '/var/opt/sesam/var'],
    ['volume', '/mnt/store//', '/mnt/store'],
    ['volume', '/', '/'],
    ['file', '/etc/opt/a.conf', '/etc/opt/a.conf'],
    ['glob', '/var/log/*.log', '/var/log/*.log'],
    ['extension', 'vhdx', '.vhdx'],
    ['extension', '.tar.gz', '.tar.gz'],
    ['process', 'postgres', 'postgres'],
    ['process', '/usr/lib/postgresql/15/bin/postgres', '/usr/lib/postgresql/15/bin/postgres'],
    ['directory', "/srv/it's $(x) `y` ; | & ü", "/srv/it's $(x) `y` ; | & ü"],
  ] as const)('%s %j -> %j', (kind, value, expected) => {
    expect(posixValue(it_(kind, value), 'linux', 'mdatp-cli')).toBe(expected);
  });

  it.each([
    ['directory', 'opt/sesam', 'not an absolute path'],
    ['directory', 'C:\\Program Files\\SEPsesam', 'not an absolute path'],
    ['file', '~/x', 'not an absolute path'],
    ['directory', '/opt//sesam', 'empty, "." or ".." element'],
    ['directory', '/opt/./sesam', 'empty, "." or ".." element'],
    ['glob', '/opt/../etc/*.conf', 'empty, "." or ".." element'],
    ['directory', '/opt/sesam/..', 'empty, "." or ".." element'],
    ['file', '/etc/opt/', 'ends with /'],
    ['process', 'bin/x', 'neither a bare image name'],
    ['process', '/usr/bin/', 'neither a bare image name'],
    ['extension', '.', 'not a file-name extension'],
    ['extension', 'a/b', 'not a file-name extension'],
    ['directory', '', 'empty'],
    ['directory', '   ', 'empty'],
    ['directory', '/srv/a\nb', 'control character'],
    ['directory', '/srv/\u0000', 'control character'],
    ['directory', '/srv/\u2028', 'control character'],
    ['directory', '/opt/{SESAM_BIN}', 'placeholder'],
    ['directory', '/srv/\uD800x', 'lone surrogate'],
  ] as const)('refuses %s %j (%s)', (kind, value, message) => {
    expect(expectError(() => posixValue(it_(kind, value), 'linux', 'mdatp-cli'), 'UNSAFE_VALUE').message).toContain(message);
  });
});

describe('mdatpArguments', () => {
  it('maps kinds to mdatp exclusion types, folders with a trailing slash, --scope epp on Linux', () => {
    expect(mdatpArguments(it_('directory', '/opt/kerio/mailserver'), 'add', 'linux')).toEqual([
      'exclusion',
      'folder',
      'add',
      '--path',
      '/opt/kerio/mailserver/',
      '--scope',
      'epp',
    ]);
    expect(mdatpArguments(it_('directory', '/var/opt/sesam/var/'), 'add', 'linux')).toEqual([
      'exclusion',
      'folder',
      'add',
      '--path',
      '/var/opt/sesam/var/',
      '--scope',
      'epp',
    ]);
    expect(mdatpArguments(it_('volume', '/'), 'add', 'linux')).toEqual(['exclusion', 'folder', 'add', '--path', '/', '--scope', 'epp']);
    expect(mdatpArguments(it_('volume', '/mnt/store'), 'remove', 'linux')).toEqual([
      'exclusion',
      'folder',
      'remove',
      '--path',
      '/mnt/store/',
      '--scope',
      'epp',
    ]);
    expect(mdatpArguments(it_('file', '/etc/a'), 'remove', 'linux')).toEqual([
      'exclusion',
      'file',
      'remove',
      '--path',
      '/etc/a',
      '--scope',
      'epp',
    ]);
    expect(mdatpArguments(it_('glob', '/var/log/*.log'), 'add', 'linux')).toEqual([
      'exclusion',
      'file',
      'add',
      '--path',
      '/var/log/*.log',
      '--scope',
      'epp',
    ]);
    expect(mdatpArguments(it_('process', '/usr/bin/x'), 'add', 'linux')).toEqual([
      'exclusion',
      'process',
      'add',
      '--path',
      '/usr/bin/x',
      '--scope',
      'epp',
    ]);
    expect(mdatpArguments(it_('process', 'x'), 'add', 'linux')).toEqual(['exclusion', 'process', 'add', '--name', 'x', '--scope', 'epp']);
    expect(mdatpArguments(it_('extension', 'vhdx'), 'add', 'linux')).toEqual([
      'exclusion',
      'extension',
      'add',
      '--name',
      '.vhdx',
      '--scope',
      'epp',
    ]);
  });

  it('writes no --scope on macOS, whose mdatp documents none', () => {
    expect(mdatpArguments(it_('directory', '/usr/local/kerio/mailserver'), 'add', 'macos')).toEqual([
      'exclusion',
      'folder',
      'add',
      '--path',
      '/usr/local/kerio/mailserver/',
    ]);
    expect(mdatpArguments(it_('extension', '.eml'), 'remove', 'macos')).toEqual(['exclusion', 'extension', 'remove', '--name', '.eml']);
  });

  it('refuses a process name mdatp would read as an option', () => {
    expect(expectError(() => mdatpArguments(it_('process', '-rf'), 'add', 'linux'), 'UNSAFE_VALUE').message).toContain('read as an option');
    expect(mdatpArguments(it_('process', '/srv/-rf'), 'add', 'linux')[4]).toBe('/srv/-rf');
  });
});

describe('renderMdatpCli', () => {
  const text = renderMdatpCli(SESAM_LINUX).text;

  it('is a POSIX sh script: shebang, header comments, set -eu, LF, newline-terminated, deterministic', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('#!/bin/sh');
    expect(lines[1]).toBe('# Antivirus exclusions generated by av-exclusions (mdatp-cli, install form).');
    expect(lines).toContain(
      '#   Antivirus Exclusions for SEP sesam: https://wiki.sep.de/wiki/index.php/Special:MyLanguage/Antivirus_Exclusions_for_SEP_sesam',
    );
    expect(lines).toContain('set -eu');
    expect(lines.indexOf('set -eu')).toBeLessThan(lines.findIndex((l) => l.startsWith('mdatp ')));
    expect(text).not.toContain('\r');
    expect(text.endsWith('\n')).toBe(true);
    expect(renderMdatpCli(structuredClone(SESAM_LINUX)).text).toBe(text);
  });

  it('writes one command per item, every value single-quoted, --scope epp on every Linux command', () => {
    expect(commands(text)).toEqual([
      "mdatp exclusion folder add --path '/opt/sesam/' --scope epp",
      "mdatp exclusion folder add --path '/var/opt/sesam/var/' --scope epp",
      "mdatp exclusion folder add --path '/mnt/store/' --scope epp",
      "mdatp exclusion file add --path '/var/opt/sesam/var/ini/sm.ini' --scope epp",
      "mdatp exclusion file add --path '/var/opt/sesam/var/log/sm_*.lo?' --scope epp",
      "mdatp exclusion extension add --name '.vhdx' --scope epp",
      "mdatp exclusion process add --path '/opt/sesam/bin/sesam/sm_main' --scope epp",
      "mdatp exclusion process add --name 'postgres' --scope epp",
      "mdatp exclusion folder add --path '/opt/kerio/mailserver/' --scope epp",
    ]);
    expect(text).toContain('# sep-sesam/sesam-bin-dir (directory): Scanning the SEP sesam program files');
  });

  it('the remove form has the same values and scope', () => {
    const removed = commands(renderMdatpCli(SESAM_LINUX, { action: 'remove' }).text);
    expect(removed).toEqual(commands(text).map((c) => c.replace(/^(mdatp exclusion \w+) add /, '$1 remove ')));
    expect(renderMdatpCli(SESAM_LINUX, { action: 'remove' }).text).toContain('uninstall form');
  });

  it('leaves Defender-managed items to the installer unless includeManaged, and says so', () => {
    const out = renderMdatpCli(SESAM_LINUX);
    expect(out.skipped).toEqual([
      { rule: 'sep-sesam/bsr-files', value: '/opt/sesam/bsr', reason: expect.stringContaining('managed by the SEP sesam installer') },
    ]);
    expect(out.text).toContain('#   sep-sesam/bsr-files: /opt/sesam/bsr (managed by the SEP sesam installer');
    expect(out.warnings).toContain("1 installer-managed exclusion(s) left to the product's installer");
    const all = renderMdatpCli(SESAM_LINUX, { includeManaged: true });
    expect(all.skipped).toEqual([]);
    expect(commands(all.text)).toContain("mdatp exclusion folder add --path '/opt/sesam/bsr/' --scope epp");
  });

  it('lists unresolved items in comments and warnings, never as commands; conditional items are not rendered', () => {
    const out = renderMdatpCli(SESAM_LINUX);
    expect(out.text).toContain('# Not rendered: these exclusions need values only you know');
    expect(out.text).toContain(
      '#   sep-sesam/restore-dirs: needs RESTORE_DIRS ({RESTORE_DIRS}). RESTORE_DIRS: the restore targets configured in SEP sesam.',
    );
    expect(out.warnings).toContain('1 exclusion(s) need values only you know and were not rendered');
    expect(out.text).not.toContain('RESTORE_DIRS}/');
    expect(commands(out.text).join('\n')).not.toContain('/var/lib/pgsql');
    expect(out.text).toContain('#   sep-sesam/postgres-data: /var/lib/pgsql (directory), with feature postgresql on');
  });

  it('macOS: no --scope, and a comment says why', () => {
    const out = renderMdatpCli(KERIO_MACOS).text;
    expect(commands(out)).toEqual([
      "mdatp exclusion folder add --path '/usr/local/kerio/mailserver/'",
      "mdatp exclusion folder add --path '/Volumes/Mail/store/'",
      "mdatp exclusion extension add --name '.eml'",
    ]);
    expect(out).toContain('# macOS: mdatp documents no --scope option there');
  });

  it('writes a command once when items come out the same, naming every rule', () => {
    const out = renderMdatpCli(
      withItems(SESAM_LINUX, [
        ['directory', '/srv/a'],
        ['directory', '/srv/a/'],
        ['volume', '/srv/a'],
      ]),
    );
    expect(commands(out.text)).toEqual(["mdatp exclusion folder add --path '/srv/a/' --scope epp"]);
    expect(out.text).toContain('# Also covers: test/item-1, test/item-2.');
  });

  it('quotes hostile values as one word each', () => {
    const out = renderMdatpCli(
      withItems(SESAM_LINUX, [
        ['directory', "/srv/it's $(id)"],
        ['process', '`id`;x'],
      ]),
    );
    expect(commands(out.text)).toEqual([
      "mdatp exclusion folder add --path '/srv/it'\\''s $(id)/' --scope epp",
      "mdatp exclusion process add --name '`id`;x' --scope epp",
    ]);
  });

  it('warns when a directory, file or process value holds a wildcard character, and about non-recursive folders', () => {
    const out = renderMdatpCli(
      withItems(EMPTY_LINUX, [
        ['directory', '/srv/a*b'],
        ['glob', '/srv/*.log'],
      ]),
    );
    expect(out.warnings).toEqual(['"/srv/a*b" (test/item-0, directory) holds * or ?, which mdatp reads as wildcards']);
    expect(out.text).toContain('# Note: mdatp reads the * or ? in this value as a wildcard.');
    const flat = withItems(EMPTY_LINUX, [['directory', '/srv/a']]);
    flat.exclusions[0]!.recursive = false;
    expect(renderMdatpCli(flat).warnings[0]).toContain('includes subfolders');
  });

  it('says when there is nothing to change', () => {
    const out = renderMdatpCli(EMPTY_LINUX).text;
    expect(commands(out)).toEqual([]);
    expect(out.endsWith('set -eu\n\n# Nothing to change.\n')).toBe(true);
  });

  it('refuses Windows resolutions and unsafe values', () => {
    expectError(() => renderMdatpCli(WINDOWS), 'TARGET_PLATFORM_MISMATCH');
    expectError(() => renderMdatpCli(withItems(SESAM_LINUX, [['directory', '/x/{KERIO_STORE_DIR}']])), 'UNSAFE_VALUE');
    expectError(
      () => renderMdatpCli(withItems(SESAM_LINUX, [['directory', '/srv/a\nmdatp exclusion folder add --path /']])),
      'UNSAFE_VALUE',
    );
    expectError(() => renderMdatpCli(withItems(SESAM_LINUX, [['directory', 'relative/dir']])), 'UNSAFE_VALUE');
  });
});

/** Splits a POSIX shell line into words: unquoted words, and single-quoted strings with `'\''` joins. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === ' ') {
      if (word !== null) words.push(word);
      word = null;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unterminated quote: ${line}`);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (c === '\\') {
      word = (word ?? '') + line[++i];
    } else if (/[A-Za-z0-9._/=-]/.test(c)) {
      word = (word ?? '') + c;
    } else throw new Error(`unquoted shell character ${c} in ${line}`);
  }
  if (word !== null) words.push(word);
  return words;
}

describe('renderMdatpCli data', () => {
  const hostile = withItems(SESAM_LINUX, [
    ['directory', "/srv/it's here"],
    ['file', '/srv/$(touch x)/`id`'],
    ['process', 'my app'],
    ['extension', '.b;k'],
  ]);
  it.each([
    ['sesam linux', SESAM_LINUX, {}],
    ['kerio macos', KERIO_MACOS, {}],
    ['hostile values', hostile, {}],
    ['sesam linux, remove form', SESAM_LINUX, { action: 'remove' as const }],
    ['nothing', EMPTY_LINUX, {}],
  ])('holds the argv of each command the script runs (%s)', (_name, resolution, options) => {
    const output = renderMdatpCli(resolution, options);
    expect((output.data as { commands: string[][] }).commands).toEqual(commands(output.text).map(shellWords));
  });
  it('starts each argv with mdatp', () => {
    expect((renderMdatpCli(SESAM_LINUX).data as { commands: string[][] }).commands[0]).toEqual([
      'mdatp',
      ...mdatpArguments({ rule: 'x', kind: 'directory', value: '/opt/sesam' }, 'add', 'linux'),
    ]);
  });
});
