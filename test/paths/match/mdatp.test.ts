import { describe, expect, it } from 'vitest';
import { compileMdatpEntry, keysForMdatpItem } from '../../../src/paths/match/mdatp.js';
import type { MatchItem } from '../../../src/paths/match/types.js';
import type { RuleKind } from '../../../src/types/pack.js';

type P = 'linux' | 'macos';
const item = (kind: RuleKind, value: string, platform: P = 'linux'): MatchItem => ({ kind, value, platform });
const dir = (entry: string, kind: RuleKind, value: string, platform: P = 'linux') =>
  compileMdatpEntry(entry, { list: 'path', isDirectory: true, platform }).cover(item(kind, value, platform))?.how ?? null;
const file = (entry: string, kind: RuleKind, value: string, platform: P = 'linux') =>
  compileMdatpEntry(entry, { list: 'path', platform }).cover(item(kind, value, platform))?.how ?? null;

describe("Defender for Endpoint on Linux and macOS: the examples on Microsoft's exclusion pages", () => {
  it('a folder (/var/log/) covers everything below it, case-sensitively', () => {
    for (const platform of ['linux', 'macos'] as const) {
      expect(dir('/var/log/', 'directory', '/var/log', platform)).toBe('exact');
      expect(dir('/var/log/', 'file', '/var/log/deep/x.log', platform)).toBe('parent');
      expect(dir('/var/log/', 'directory', '/var/Log', platform)).toBeNull();
      expect(dir('/var/log/', 'directory', '/var/log2', platform)).toBeNull();
    }
  });

  it('a file (/var/log/*.log, install.?.log) covers the files it names, nothing below', () => {
    expect(file('/var/log/*.log', 'file', '/var/log/a.log')).toBe('wildcard');
    expect(file('/var/log/*.log', 'file', '/var/log/sub/a.log')).toBeNull();
    expect(file('/var/log/install.?.log', 'file', '/var/log/install.1.log')).toBe('wildcard');
    expect(file('/var/log/install.?.log', 'file', '/var/log/install.12.log')).toBeNull();
    expect(file('/etc/app.conf', 'file', '/etc/app.conf')).toBe('exact');
  });

  it('* in the middle of a path is one folder (/home/*/git)', () => {
    expect(dir('/home/*/git', 'file', '/home/alice/git/x')).toBe('wildcard');
    expect(dir('/home/*/git', 'file', '/home/a/b/git/x')).toBeNull();
  });

  it('a * at the end matches everything under the parent of the wildcard', () => {
    expect(file('/var/log/*', 'file', '/var/log/a/b/c.txt')).toBe('parent');
    expect(file('/var/log/*', 'directory', '/var/log')).toBe('exact');
    expect(file('/var/log/app*', 'file', '/var/log/app1/x.txt')).toBe('wildcard');
  });

  it('/var/*/ on Linux: files in the subfolders of /var, not files directly in /var', () => {
    expect(dir('/var/*/', 'file', '/var/abc/x')).toBe('wildcard');
    expect(dir('/var/*/', 'file', '/var/x')).toBeNull();
    expect(dir('/var/*/', 'directory', '/var')).toBe('partial');
    expect(dir('/var/log/', 'file', '/var/log')).toBeNull();
  });

  it('/var/*/ on macOS: /var and its subfolders', () => {
    expect(dir('/var/*/', 'file', '/var/x', 'macos')).toBe('parent');
    expect(dir('/var/*/', 'directory', '/var', 'macos')).toBe('exact');
  });

  it('extensions with or without the dot, anywhere, case-sensitive', () => {
    const ext = (entry: string, kind: RuleKind, value: string) =>
      compileMdatpEntry(entry, { list: 'extension', platform: 'linux' }).cover(item(kind, value))?.how ?? null;
    expect(ext('pdf', 'extension', '.pdf')).toBe('exact');
    expect(ext('.pdf', 'extension', 'pdf')).toBe('exact');
    expect(ext('.pdf', 'extension', '.PDF')).toBeNull();
    expect(ext('.vhdx', 'file', '/vm/a.vhdx')).toBe('extension');
    expect(ext('.vhdx', 'glob', '/vm/*.vhdx')).toBe('extension');
    expect(ext('.vhdx', 'directory', '/vm')).toBeNull();
    expect(compileMdatpEntry('.', { list: 'extension', platform: 'linux' }).evaluable).toBe(false);
  });

  it('processes by full path (/bin/cat) or file name (cat, c?t)', () => {
    const proc = (entry: string, value: string) =>
      compileMdatpEntry(entry, { list: 'process', platform: 'linux' }).cover(item('process', value))?.how ?? null;
    expect(proc('/bin/cat', '/bin/cat')).toBe('exact');
    expect(proc('/bin/cat', '/usr/bin/cat')).toBeNull();
    expect(proc('/bin/cat', 'cat')).toBe('partial');
    expect(proc('cat', 'cat')).toBe('exact');
    expect(proc('cat', '/usr/bin/cat')).toBe('wildcard');
    expect(proc('c?t', 'cat')).toBe('wildcard');
    expect(proc('c?t', 'coat')).toBeNull();
    expect(compileMdatpEntry('bin/cat', { list: 'process', platform: 'linux' }).evaluable).toBe(false);
  });

  it('answers only for its own platform and kinds; relative paths cannot be evaluated', () => {
    expect(dir('/opt', 'directory', '/opt', 'macos')).toBe('exact');
    expect(compileMdatpEntry('/opt', { list: 'path', isDirectory: true, platform: 'macos' }).cover(item('directory', '/opt'))).toBeNull();
    expect(dir('/opt', 'process', '/opt/x')).toBeNull();
    expect(compileMdatpEntry('opt/x', { list: 'path', platform: 'linux' }).evaluable).toBe(false);
  });

  it('index keys: an item finds every entry that can cover it', () => {
    const cases: [string, 'path' | 'process' | 'extension', boolean, MatchItem][] = [
      ['/opt', 'path', true, item('directory', '/opt/app')],
      ['/*/app', 'path', true, item('directory', '/opt/app')],
      ['/opt/app/x', 'path', true, item('volume', '/')],
      ['.vhdx', 'extension', false, item('file', '/a.vhdx')],
      ['cat', 'process', false, item('process', '/bin/cat')],
      ['/bin/cat', 'process', false, item('process', 'cat')],
    ];
    for (const [entry, list, isDirectory, it] of cases) {
      const compiled = compileMdatpEntry(entry, { list, isDirectory, platform: 'linux' });
      expect(compiled.cover(it), entry).not.toBeNull();
      expect(
        keysForMdatpItem(it).some((k) => compiled.keys.includes(k)),
        entry,
      ).toBe(true);
    }
    expect(keysForMdatpItem(item('extension', '.x'))).toEqual(['x:*']);
  });
});
