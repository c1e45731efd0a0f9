import { describe, expect, it } from 'vitest';
import { clamavPatterns, planClamav } from '../../src/render/clamav-patterns.js';
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

describe('planClamav', () => {
  it('keeps expressible items in order and names the skipped ones', () => {
    const plan = planClamav([item, { ...item, kind: 'process', value: '/usr/bin/x', rule: 'p/x' }, { ...item, kind: 'extension', value: '.vhd' }]);
    expect(plan.entries.map((e) => e.item.kind)).toEqual(['directory', 'extension']);
    expect(plan.skipped).toEqual([{ rule: 'p/x', value: '/usr/bin/x', reason: 'ClamAV has no process exclusion' }]);
    expect(plan.skippedLines).toEqual(['Skipped p/x (/usr/bin/x): ClamAV has no process exclusion.']);
  });
});
