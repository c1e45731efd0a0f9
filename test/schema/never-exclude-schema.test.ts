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
      machineVariables: { source: { id: 'C', section: 's' }, values: {} },
      entries: [
        { kind: 'folder', platforms: ['linux'], value: '/bin', reason: 'r', source: { id: 'B', section: 's' } },
        { kind: 'folder', platforms: ['linux'], value: '/bin', reason: 'r', source: { id: 'A', section: 's' } },
      ],
    };
    expect(checkNeverExclude(broken)).toEqual([
      '$.sources[1].id: duplicate source id "A"',
      '$.machineVariables.source.id: unknown source "C"',
      '$.machineVariables.values: no variable',
      '$.entries[0].source.id: unknown source "B"',
      '$.entries[1]: duplicate entry folder "/bin" on linux',
    ]);
    expect(NeverExcludeFileSchema.safeParse({ sources: [], entries: [{ kind: 'dir' }] }).success).toBe(false);
  });

  it('refuses a machine variable written in lower case or pointing anywhere but a drive', () => {
    const withValues = (values: Record<string, string>) => ({
      ...file,
      machineVariables: { ...(file as NeverExcludeFile).machineVariables, values },
    });
    expect(NeverExcludeFileSchema.safeParse(withValues({ PROGRAMDATA: 'C:\\ProgramData' })).success).toBe(true);
    expect(NeverExcludeFileSchema.safeParse(withValues({ ProgramData: 'C:\\ProgramData' })).success).toBe(false);
    expect(NeverExcludeFileSchema.safeParse(withValues({ PROGRAMDATA: '%SystemDrive%\\ProgramData' })).success).toBe(false);
    expect(NeverExcludeFileSchema.safeParse(withValues({ PROGRAMDATA: 'C:\\ProgramData\\' })).success).toBe(false);
  });

  it('takes the machine variables from the System environment variables table, with its source', () => {
    const { machineVariables, sources } = file as NeverExcludeFile;
    const source = sources.find((s) => s.id === machineVariables.source.id);
    expect(source?.url).toBe(
      'https://learn.microsoft.com/en-us/defender-endpoint/configure-extension-file-exclusions-microsoft-defender-antivirus',
    );
    expect(machineVariables.source.section).toBe('System environment variables');
    // The values the table gives for the system account (ms.date 11/21/2024).
    expect(machineVariables.values).toEqual({
      ALLUSERSPROFILE: 'C:\\ProgramData',
      PROGRAMDATA: 'C:\\ProgramData',
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
      PUBLIC: 'C:\\Users\\Public',
      SYSTEMDRIVE: 'C:',
      SYSTEMROOT: 'C:\\Windows',
      WINDIR: 'C:\\Windows',
    });
  });
});
