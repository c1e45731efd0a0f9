import { describe, expect, it } from 'vitest';
import { NEVER_EXCLUDE, neverExcludeMatch } from '../../src/paths/never-exclude.js';

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
