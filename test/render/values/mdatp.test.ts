import { describe, expect, it } from 'vitest';
import { mdatpEntry } from '../../../src/render/values/mdatp.js';
import { expectError } from '../../helpers.js';

describe('mdatpEntry', () => {
  const e = (kind: Parameters<typeof mdatpEntry>[0]['kind'], value: string) =>
    mdatpEntry({ rule: 'test/x', kind, value }, 'macos', 'mdatp-plist');
  it('maps every kind to its $type, without scopes', () => {
    expect(e('directory', '/Library/App/')).toEqual({ $type: 'excludedPath', isDirectory: true, path: '/Library/App' });
    expect(e('volume', '/Volumes/Data')).toEqual({ $type: 'excludedPath', isDirectory: true, path: '/Volumes/Data' });
    expect(e('file', '/etc/a.conf')).toEqual({ $type: 'excludedPath', isDirectory: false, path: '/etc/a.conf' });
    expect(e('glob', '/var/log/*.log')).toEqual({ $type: 'excludedPath', isDirectory: false, path: '/var/log/*.log' });
    expect(e('extension', 'vhdx')).toEqual({ $type: 'excludedFileExtension', extension: '.vhdx' });
    expect(e('process', 'postgres')).toEqual({ $type: 'excludedFileName', name: 'postgres' });
    expect(e('process', '/usr/local/bin/x')).toEqual({ $type: 'excludedFileName', name: '/usr/local/bin/x' });
    expect(Object.keys(e('directory', '/x'))).toEqual(['$type', 'isDirectory', 'path']);
  });
  it('refuses what posixValue refuses, naming the target', () => {
    const error = expectError(() => e('directory', 'relative/path'), 'UNSAFE_VALUE');
    expect(error.message).toContain('mdatp-plist');
  });
});
