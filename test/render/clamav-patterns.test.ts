import { describe, expect, it } from 'vitest';
import { clamavPatterns, utf8Bytes } from '../../src/render/clamav-patterns.js';
import { expectError } from '../helpers.js';

describe('clamavPatterns', () => {
  it.each([
    ['directory', '/opt/x', { path: '^/opt/x(/|$)', dir: '^/opt/x(/|$)', file: '^/opt/x/' }],
    [
      'directory',
      '/var/opt/sesam/var/',
      { path: '^/var/opt/sesam/var(/|$)', dir: '^/var/opt/sesam/var(/|$)', file: '^/var/opt/sesam/var/' },
    ],
    ['volume', '/', { path: '^/', dir: '^/', file: '^/' }],
    ['file', '/etc/a.b', { path: '^/etc/a\\.b$', file: '^/etc/a\\.b$' }],
    ['file', '/srv/a*b', { path: '^/srv/a\\*b$', file: '^/srv/a\\*b$' }],
    ['glob', '/var/*.log', { path: '^/var/[^/]*\\.log$', file: '^/var/[^/]*\\.log$' }],
    ['extension', 'vhd', { path: '\\.vhd$', file: '\\.vhd$' }],
    ['process', '/usr/bin/x', null],
  ] as const)('%s %s', (kind, value, expected) => {
    expect(clamavPatterns({ rule: 'test/x', kind, value }, 'linux', 'clamav-clamd')).toEqual(expected);
  });

  it('refuses values too long for ClamAV, and unsafe ones', () => {
    const long = `/srv/${'a'.repeat(470)}`;
    expect(clamavPatterns({ rule: 'test/x', kind: 'directory', value: long }, 'linux', 'clamav-clamd')).not.toBeNull();
    const longer = `/srv/${'a'.repeat(480)}`;
    expect(
      expectError(() => clamavPatterns({ rule: 'test/x', kind: 'directory', value: longer }, 'linux', 'clamav-clamd'), 'UNSAFE_VALUE')
        .message,
    ).toContain('too long for ClamAV');
    expectError(
      () => clamavPatterns({ rule: 'test/x', kind: 'directory', value: `/srv/${'ü'.repeat(240)}` }, 'linux', 'clamav-clamd'),
      'UNSAFE_VALUE',
    );
    expectError(() => clamavPatterns({ rule: 'test/x', kind: 'directory', value: 'srv' }, 'linux', 'clamav-clamd'), 'UNSAFE_VALUE');
  });
});

describe('utf8Bytes', () => {
  it('counts UTF-8 bytes', () => {
    expect(utf8Bytes('aü日🙂')).toBe(1 + 2 + 3 + 4);
  });
});
