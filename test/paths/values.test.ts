import { describe, expect, it } from 'vitest';
import {
  CONTROL_CHARACTERS,
  packValueProblems,
  targetValueProblems,
  variableValueProblems,
  windowsVariableProblems,
} from '../../src/paths/values.js';

describe('value problems', () => {
  describe('pack values', () => {
    const pack = (value: string, kind: Parameters<typeof packValueProblems>[1], platform: 'windows' | 'linux' = 'windows') =>
      packValueProblems(value, kind, platform);
    it.each([
      ['C:\\Program Files\\X', 'directory'],
      ['%ProgramData%\\X', 'directory'],
      ['E:\\', 'volume'],
      ['x.exe', 'process'],
      ['.vhdx', 'extension'],
    ] as const)('accepts %j as %s', (value, kind) => expect(pack(value, kind)).toEqual([]));
    it.each([
      ['C:\\Data\\', 'directory', '"C:\\Data\\" ends with a separator'],
      ['C:/Data', 'directory', '"C:/Data" is not in normal form (expected "C:\\Data")'],
      ['Data', 'directory', '"Data" is not an absolute windows path'],
      ['%TEMP%\\x', 'directory', "uses the user-profile variable %TEMP%, which Defender never expands to a real user's folder"],
      ['%FOO%\\x', 'directory', 'uses %FOO%, which is not a machine variable Defender expands'],
      ['VHDX', 'extension', 'extension "VHDX" must look like ".ext" (lower case)'],
      ['bin\\x.exe', 'process', 'process "bin\\x.exe" must be an image name or an absolute windows path'],
    ] as const)('reports %j as %s', (value, kind, problem) => expect(pack(value, kind)).toContain(problem));
    it('refuses Windows syntax in a POSIX value', () => {
      expect(pack('C:\\x', 'directory', 'linux')).toContain('"C:\\x" looks like a Windows value but the rule is for linux');
    });
  });

  describe('caller variable values', () => {
    const variable = (value: string, variableType: 'path' | 'name' = 'path', platform: 'windows' | 'linux' = 'windows') =>
      variableValueProblems(value, variableType, platform);
    it.each([
      ['E:\\x\ny', 'control characters are not allowed'],
      [' E:\\', 'empty or surrounded by spaces'],
      ['', 'empty or surrounded by spaces'],
      ['E:\\{DATA}', 'a value cannot contain a {VARIABLE} placeholder'],
      ['data', 'expected an absolute windows path'],
      ['E:\\a*b', 'a Windows path cannot contain * ? " < > |'],
    ])('reports %j', (value, problem) => expect(variable(value)).toEqual([problem]));
    it('checks names as plain names', () => {
      expect(variable('ann', 'name')).toEqual([]);
      expect(variable('a\\b', 'name')).toEqual(['expected a plain name, without path characters']);
    });
    it('allows a \\\\?\\ prefix on Windows', () => expect(variable('\\\\?\\Volume{0f3b9a1c-1234-4cde-9abc-0123456789ab}\\')).toEqual([]));
  });

  describe('values for a scanner format', () => {
    const target = (value: string, platform: 'windows' | 'linux' = 'windows') => targetValueProblems(value, platform).map((p) => p.message);
    it('refuses control characters, placeholders and non-machine variables', () => {
      expect(target('C:\\x\u0085')).toEqual(['contains a control character']);
      expect(target('C:\\{X}')).toEqual(['still holds a {VARIABLE} placeholder; resolve it with a value first']);
      expect(target('%APPDATA%\\x')).toHaveLength(1);
      expect(target('%ProgramFiles%\\x')).toEqual([]);
      expect(target('/srv/%FOO%', 'linux')).toEqual([]);
    });
  });
});

describe('shared constants', () => {
  it('CONTROL_CHARACTERS matches C0, C1, DEL and the Unicode separators only', () => {
    for (const c of ['\u0000', '\n', '\u001f', '\u007f', '\u0085', '\u009f', '\u2028', '\u2029'])
      expect(CONTROL_CHARACTERS.test(c), JSON.stringify(c)).toBe(true);
    for (const c of [' ', 'é', '\u00a0', '‘']) expect(CONTROL_CHARACTERS.test(c), JSON.stringify(c)).toBe(false);
  });
  it('windowsVariableProblems offers the machine variables when a variable is unknown', () => {
    expect(windowsVariableProblems('%FOO%', 'uses')[0]?.choices).toContain('PROGRAMDATA');
  });
});
