import { describe, expect, it } from 'vitest';
import { posixValue } from '../../../src/render/values/posix.js';
import { expectError } from '../../helpers.js';

describe('render/values/posix', () => {
  it('normalises directories and extensions, keeps the rest', () => {
    expect(posixValue({ rule: 'x/d', kind: 'directory', value: '/var/opt/sesam/var/' }, 'linux', 'mdatp-cli')).toBe('/var/opt/sesam/var');
    expect(posixValue({ rule: 'x/v', kind: 'volume', value: '//' }, 'linux', 'mdatp-cli')).toBe('/');
    expect(posixValue({ rule: 'x/e', kind: 'extension', value: 'vhdx' }, 'linux', 'clamav-clamd')).toBe('.vhdx');
    expect(posixValue({ rule: 'x/p', kind: 'process', value: 'postgres' }, 'macos', 'mdatp-cli')).toBe('postgres');
  });

  it.each([
    ['directory', 'srv'],
    ['file', '/srv/../etc'],
    ['file', '/srv/a/'],
    ['process', 'bin/x'],
    ['extension', 'a/b'],
    ['directory', '/srv/\uD800'],
    ['directory', ' '],
  ] as const)('refuses %s %j', (kind, value) => {
    expectError(() => posixValue({ rule: 'x/y', kind, value }, 'linux', 'mdatp-cli'), 'UNSAFE_VALUE');
  });
});
