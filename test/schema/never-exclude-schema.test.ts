import { describe, expect, it } from 'vitest';
import file from '../../data/never-exclude.json' with { type: 'json' };
import { checkNeverExclude, NeverExcludeFileSchema } from '../../src/schema/never-exclude-schema.js';
import type { NeverExcludeFile } from '../../src/types/never-exclude.js';

describe('data/never-exclude.json', () => {
  it('is valid in shape and in its references', () => {
    const result = NeverExcludeFileSchema.safeParse(file);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(checkNeverExclude(file as NeverExcludeFile)).toEqual([]);
  });

  it('holds the common-mistakes folders, the roots and the system drive', () => {
    const values = (file as NeverExcludeFile).entries.filter((e) => e.kind !== 'process' && e.kind !== 'extension').map((e) => e.value);
    for (const value of ['/', '/bin', '/sbin', '/usr/lib', 'C:\\', '%SystemDrive%\\', 'C:\\Users', 'C:\\Temp', 'C:\\Windows\\Temp']) {
      expect(values).toContain(value);
    }
  });

  it('reports unknown sources and duplicates', () => {
    const broken: NeverExcludeFile = {
      sources: [
        { id: 'A', title: 't', url: 'https://x', docVersion: 'v', retrieved: '2026-01-01' },
        { id: 'A', title: 't', url: 'https://x', docVersion: 'v', retrieved: '2026-01-01' },
      ],
      entries: [
        { kind: 'folder', platforms: ['linux'], value: '/bin', reason: 'r', source: { id: 'B', section: 's' } },
        { kind: 'folder', platforms: ['linux'], value: '/bin', reason: 'r', source: { id: 'A', section: 's' } },
      ],
    };
    expect(checkNeverExclude(broken)).toEqual([
      '$.sources[1].id: duplicate source id "A"',
      '$.entries[0].source.id: unknown source "B"',
      '$.entries[1]: duplicate entry folder "/bin" on linux',
    ]);
    expect(NeverExcludeFileSchema.safeParse({ sources: [], entries: [{ kind: 'dir' }] }).success).toBe(false);
  });
});
