import { describe, expect, it } from 'vitest';
import { clamavPatterns } from '../../src/render/clamav-patterns.js';
import { KERIO_LINUX } from './cases.js';

const item = KERIO_LINUX.exclusions[0]!;

describe('clamavPatterns', () => {
  it.each([
    ['directory', '/opt/x', { dir: '^/opt/x(/|$)', file: '^/opt/x/' }],
    ['volume', '/', { dir: '^/', file: '^/' }],
    ['file', '/etc/a.b', { file: '^/etc/a\\.b$' }],
    ['glob', '/var/*.log', { file: '^/var/[^/]*\\.log$' }],
    ['extension', '.vhd', { file: '\\.vhd$' }],
    ['process', '/usr/bin/x', null],
  ] as const)('%s %s', (kind, value, expected) => {
    expect(clamavPatterns({ ...item, kind, value })).toEqual(expected);
  });
});
