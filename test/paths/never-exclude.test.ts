import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEVER_EXCLUDE, neverExcludeMatch } from '../../src/paths/never-exclude.js';
import { pathKey, plainDriveKey } from '../../src/paths/never-exclude-keys.js';

describe('never-exclude list', () => {
  it('carries each entry with its reason and whole source', () => {
    expect(NEVER_EXCLUDE.length).toBeGreaterThan(50);
    for (const entry of NEVER_EXCLUDE) {
      expect(entry.reason).not.toBe('');
      expect(entry.source.url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
      expect(entry.source.section).not.toBe('');
      expect(entry.source.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const kinds = new Set(NEVER_EXCLUDE.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['extension', 'folder', 'process', 'root']);
  });

  it.each(['/', '//', '/*', '/bin', '/sbin/', '/usr/lib'])('matches the POSIX root or system folder %s', (value) => {
    expect(neverExcludeMatch(value, 'directory', 'linux')).toBeDefined();
    expect(neverExcludeMatch(value, 'directory', 'macos')).toBeDefined();
  });

  it.each([
    'C:',
    'C:\\',
    'c:/',
    'C:\\*',
    '%SystemDrive%',
    '%SystemDrive%\\',
    '%systemdrive%',
    '\\\\?\\C:\\',
    '\\\\.\\C:\\',
    '\\\\?\\GLOBALROOT\\Device\\HarddiskVolume1',
    '\\\\.\\PhysicalDrive0',
    'C:\\Users',
    'C:\\Users\\',
    'c:\\users\\*',
    'C:\\Users\\alice\\AppData\\Local\\Temp',
    'C:\\Users\\bob\\AppData\\LocalLow\\Temp\\',
    'C:\\Temp',
    'C:\\Temp\\*',
    '%windir%\\Temp',
    'C:\\Windows\\Prefetch\\',
    '%Windir%\\System32\\Spool',
    'C:\\Windows\\System32\\CatRoot2',
    '%ProgramFiles%\\Java',
    'C:\\Program Files\\Java',
  ])('matches the Windows root or folder %s', (value) => {
    expect(neverExcludeMatch(value, 'directory', 'windows')).toBeDefined();
  });

  it.each([
    ['/srv/store', 'linux'],
    ['/usr/lib/sesam', 'linux'],
    ['/binaries', 'linux'],
    ['C:\\Program Files\\SEPsesam', 'windows'],
    ['C:\\Users\\Public\\Documents\\Hyper-V\\Virtual Hard Disks', 'windows'],
    ['C:\\Temp\\app', 'windows'],
    ['D:\\Data', 'windows'],
  ] as const)('leaves %s alone', (value, platform) => {
    expect(neverExcludeMatch(value, 'directory', platform)).toBeUndefined();
  });

  it('lets a volume rule name a data drive, never the system drive or /', () => {
    expect(neverExcludeMatch('E:\\', 'directory', 'windows')).toBeUndefined();
    expect(neverExcludeMatch('E:\\', 'volume', 'windows')).toBeUndefined();
    expect(neverExcludeMatch('\\\\?\\E:\\', 'volume', 'windows')).toBeUndefined();
    expect(neverExcludeMatch('\\\\?\\Volume{26a21bda-a627-11d7-9931-806e6f6e6963}\\', 'volume', 'windows')).toBeUndefined();
    expect(neverExcludeMatch('/srv/store', 'volume', 'linux')).toBeUndefined();
    expect(neverExcludeMatch('C:\\', 'volume', 'windows')?.reason).toContain('system drive');
    expect(neverExcludeMatch('%SystemDrive%', 'volume', 'windows')?.reason).toContain('system drive');
    expect(neverExcludeMatch('/', 'volume', 'linux')?.reason).toContain('root');
    expect(neverExcludeMatch('\\\\.\\PhysicalDrive0', 'volume', 'windows')).toBeDefined();
  });

  it('never matches processes or extensions (they are listed for the audit)', () => {
    expect(neverExcludeMatch('cmd.exe', 'process', 'windows')).toBeUndefined();
    expect(neverExcludeMatch('.exe', 'extension', 'windows')).toBeUndefined();
  });
});

describe('neverExcludeMatch against every entry in list order', () => {
  const escapeRegExp = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  /** The first entry whose whole value (placeholders as one segment) or prefix the path spells, tested one by one. */
  function slow(value: string, platform: 'windows' | 'linux'): string | undefined {
    const fold = (t: string) => (platform === 'windows' ? t.toLowerCase() : t);
    const norm = (t: string) => {
      let p = fold(t.replace(/%SystemDrive%/gi, 'C:').replace(/\//g, platform === 'windows' ? '\\' : '/'));
      if (platform === 'windows')
        p = p
          .replace(/(?<=.)\\$/, '')
          .replace(/\\\*$/, '\\')
          .replace(/(?<=...)\\$/, '');
      else p = p.replace(/(?<=.)\/\*$/, '').replace(/(?<=.)\/$/, '');
      return p === 'c:' ? 'c:\\' : p;
    };
    for (const e of NEVER_EXCLUDE.filter((x) => x.platforms.includes(platform) && (x.kind === 'root' || x.kind === 'folder'))) {
      if (e.match === 'prefix') {
        if (fold(value).startsWith(fold(e.value))) return e.value;
        continue;
      }
      const sep = platform === 'windows' ? '[^\\\\]+' : '[^/]+';
      const source = norm(e.value)
        .split(/(<[^>]+>)/)
        .map((part) => (part.startsWith('<') ? sep : escapeRegExp(part)))
        .join('');
      if (new RegExp(`^${source}$`).test(norm(value))) return e.value;
    }
    return undefined;
  }
  it.each([
    ['C:\\', 'windows'],
    ['c:', 'windows'],
    ['%SystemDrive%\\', 'windows'],
    ['C:\\*', 'windows'],
    ['C:\\Users', 'windows'],
    ['c:\\users\\', 'windows'],
    ['C:\\Users\\bob\\AppData\\Local\\Temp', 'windows'],
    ['C:\\Users\\bob\\AppData\\Local\\Temp\\x', 'windows'],
    ['C:\\TEMP\\*', 'windows'],
    ['C:/Windows/Temp', 'windows'],
    ['C:\\Windows', 'windows'],
    ['\\\\.\\pipe\\x', 'windows'],
    ['D:\\Data', 'windows'],
    ['/', 'linux'],
    ['/usr/lib/', 'linux'],
    ['/usr/lib/x', 'linux'],
    ['/bin/*', 'linux'],
  ] as const)('%s (%s) finds the first entry that matches', (value, platform) => {
    expect(neverExcludeMatch(value, 'directory', platform)?.value).toBe(slow(value, platform));
  });
  it('finds the first entry that matches for generated Windows paths', () => {
    const part = fc.constantFrom(
      'C:',
      'c:',
      'D:',
      '%SystemDrive%',
      'Users',
      'users',
      'bob',
      'AppData',
      'Local',
      'Temp',
      'TEMP',
      'Windows',
      '*',
      'x',
    );
    const sep = fc.constantFrom('\\', '\\', '/');
    const value = fc.array(fc.tuple(part, sep), { minLength: 1, maxLength: 6 }).map((parts) => parts.map(([p, s]) => p + s).join(''));
    fc.assert(
      fc.property(
        fc.oneof(
          value,
          value.map((v) => v.slice(0, -1)),
        ),
        (v) => {
          expect(neverExcludeMatch(v, 'directory', 'windows')?.value).toBe(slow(v, 'windows'));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('keys a plain drive path the way pathKey does, and leaves every other value to it', () => {
    expect(plainDriveKey('C:\\Program Files\\SEPsesam')).toBe('c:\\program files\\sepsesam');
    for (const value of ['C:\\', 'C:', 'C:\\Temp\\', 'C:\\Temp\\*', '%SystemDrive%\\x', 'C:/x', 'C:\\a\\\\b', '\\\\?\\C:\\x', 'x'])
      expect(plainDriveKey(value), value).toBeUndefined();
    const piece = fc.constantFrom('C', 'c', 'Z', ':', '\\', '/', '*', '%', '?', 'a', 'Temp', 'Users', ' ', '.', 'É');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const value = pieces.join('');
        const key = plainDriveKey(value);
        if (key !== undefined) expect(key).toBe(pathKey(value, 'windows'));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const value = `C:\\${pieces.join('')}`;
        expect(neverExcludeMatch(value, 'directory', 'windows', plainDriveKey(value))).toBe(
          neverExcludeMatch(value, 'directory', 'windows'),
        );
      }),
      { numRuns: 3000 },
    );
  });
});
