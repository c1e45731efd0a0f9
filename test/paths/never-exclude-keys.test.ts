import { describe, expect, it } from 'vitest';
import { NEVER_EXCLUDE_MATCHERS, NEVER_EXCLUDE_PATHS } from '../../src/generated/never-exclude.js';
import { compileNeverExclude, firstCharacter, pathKey } from '../../src/paths/never-exclude-keys.js';
import type { NeverExcludeEntry } from '../../src/types/never-exclude.js';
import { PLATFORMS } from '../../src/types/pack.js';

const entry = (value: string, platforms: NeverExcludeEntry['platforms'], match?: 'prefix'): NeverExcludeEntry => ({
  kind: 'folder',
  platforms,
  value,
  ...(match ? { match } : {}),
  reason: 'a test entry',
  source: { id: 'T', title: 'T', url: 'https://example.com/', docVersion: '1', retrieved: '2026-11-30', section: 'S' },
});

describe('pathKey', () => {
  it.each([
    ['C:\\Temp', 'c:\\temp'],
    ['C:\\Temp\\', 'c:\\temp'],
    ['C:\\Temp\\*', 'c:\\temp'],
    ['c:/temp', 'c:\\temp'],
    ['%SystemDrive%\\', 'c:\\'],
    ['%ProgramFiles%', 'c:\\program files'],
    ['\\\\?\\C:\\Temp', 'c:\\temp'],
    ['C:', 'c:\\'],
  ])('Windows %s compares as %s', (value, key) => expect(pathKey(value, 'windows')).toBe(key));

  it.each([
    ['/tmp/', '/tmp'],
    ['/tmp/*', '/tmp'],
    ['/*', '/'],
    ['//var//log', '/var/log'],
  ])('POSIX %s compares as %s (case kept)', (value, key) => expect(pathKey(value, 'linux')).toBe(key));

  it('keeps case on Linux and macOS', () => expect(pathKey('/Users/Shared', 'macos')).toBe('/Users/Shared'));

  it('gives the first character of the compared form', () => {
    expect(firstCharacter('/x', 'windows')).toBe('\\');
    expect(firstCharacter('C:\\x', 'windows')).toBe('c');
    expect(firstCharacter('/x', 'linux')).toBe('/');
  });
});

describe('compileNeverExclude', () => {
  const list = [
    entry('C:\\Temp', ['windows']),
    entry('/tmp', ['linux', 'macos']),
    entry('%SystemDrive%\\Users\\<Name>\\AppData', ['windows']),
    entry('c:\\temp\\', ['windows']),
    entry('\\\\?\\GLOBALROOT', ['windows'], 'prefix'),
  ];

  it("files exact entries by key (the first of a key wins) and the others as patterns, at their place in the platform's list", () => {
    expect(compileNeverExclude(list, 'windows')).toEqual({
      exact: [['c:\\temp', 0]],
      patterns: [
        { at: 1, source: '^c:\\\\users\\\\[^\\\\]+\\\\appdata$', flags: '', lead: 'c:\\users\\' },
        { at: 3, source: '^\\\\\\\\\\?\\\\globalroot', flags: 'i', lead: '\\' },
      ],
    });
    expect(compileNeverExclude(list, 'linux')).toEqual({ exact: [['/tmp', 0]], patterns: [] });
  });

  it('the patterns match what the entries name', () => {
    const { patterns } = compileNeverExclude(list, 'windows');
    expect(new RegExp(patterns[0]!.source, patterns[0]!.flags).test(pathKey('C:\\Users\\alice\\AppData', 'windows'))).toBe(true);
    expect(new RegExp(patterns[0]!.source, patterns[0]!.flags).test(pathKey('C:\\Users\\a\\b\\AppData', 'windows'))).toBe(false);
    expect(new RegExp(patterns[1]!.source, patterns[1]!.flags).test('\\\\?\\GlobalRoot\\Device')).toBe(true);
  });

  it('is what the build wrote for the bundled list', () => {
    for (const platform of PLATFORMS) expect(NEVER_EXCLUDE_MATCHERS[platform]).toEqual(compileNeverExclude(NEVER_EXCLUDE_PATHS, platform));
  });
});
