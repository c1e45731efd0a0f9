import { describe, expect, it } from 'vitest';
import neverExclude from '../../data/never-exclude.json' with { type: 'json' };
import { expandMachineVariables, MACHINE_VARIABLES, USER_VARIABLES, windowsVariablesIn } from '../../src/paths/windows-variables.js';
import type { NeverExcludeFile } from '../../src/types/never-exclude.js';

describe('Windows variables', () => {
  it('finds variables case-insensitively', () => {
    expect(windowsVariablesIn('%systemroot%\\System32\\%ProgramFiles(x86)%')).toEqual(['SYSTEMROOT', 'PROGRAMFILES(X86)']);
  });
  it('expands only machine variables', () => {
    expect(expandMachineVariables('%SystemDrive%\\x\\%USERPROFILE%')).toBe('C:\\x\\%USERPROFILE%');
  });
  it('reads the machine variables from the data file', () => {
    expect(MACHINE_VARIABLES).toEqual((neverExclude as NeverExcludeFile).machineVariables.values);
  });
  it('keeps the machine and user lists apart', () => {
    for (const name of USER_VARIABLES) expect(MACHINE_VARIABLES).not.toHaveProperty(name);
  });
});
