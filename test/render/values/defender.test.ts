import { describe, expect, it } from 'vitest';
import { defenderList, defenderValue } from '../../../src/render/values/defender.js';
import { expectError } from '../../helpers.js';

describe('render/values/defender', () => {
  it('puts each kind in its Defender list', () => {
    expect(defenderList('process')).toBe('ExclusionProcess');
    expect(defenderList('extension')).toBe('ExclusionExtension');
    for (const kind of ['directory', 'file', 'glob', 'volume'] as const) expect(defenderList(kind)).toBe('ExclusionPath');
  });

  it('drops a directory’s trailing backslashes except at a root, and checks the value', () => {
    expect(defenderValue({ kind: 'directory', value: 'C:\\Data\\\\' }, 'defender-gpo')).toBe('C:\\Data');
    expect(defenderValue({ kind: 'directory', value: 'C:\\' }, 'defender-gpo')).toBe('C:\\');
    expect(defenderValue({ kind: 'directory', value: '%SystemDrive%\\' }, 'defender-gpo')).toBe('%SystemDrive%\\');
    expect(defenderValue({ kind: 'volume', value: 'E:\\' }, 'defender-gpo')).toBe('E:\\');
    expectError(() => defenderValue({ kind: 'file', value: ' ' }, 'defender-gpo'), 'UNSAFE_VALUE');
    expectError(() => defenderValue({ kind: 'file', value: '%APPDATA%\\x' }, 'defender-gpo'), 'UNSAFE_VALUE');
  });
});
