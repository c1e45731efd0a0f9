import { describe, expect, it } from 'vitest';
import { parseDefenderIntune as parse } from '../../../src/audit/parse/defender-intune.js';
import { renderDefenderIntune } from '../../../src/render/defender-intune.js';
import { HYPERV_WINDOWS } from '../../render/fixtures/resolutions.js';
import { neverCrashes } from './fuzz.js';

describe('defender-intune: Policy CSP lists, | separated or one per line', () => {
  it('reads | separated values and one-per-line values under each setting name', () => {
    const r = parse(
      'ExcludedExtensions: lib|obj\nExcludedPaths:\nC:\\Example\n\nC:\\Example1|C:\\Example2\nExcludedProcesses = C:\\Example.exe\n',
    );
    expect(r.entries.map((e) => [e.kind, e.text, e.origin.location])).toEqual([
      ['extension', 'lib', 'line 1'],
      ['extension', 'obj', 'line 1'],
      ['path', 'C:\\Example', 'line 3'],
      ['path', 'C:\\Example1', 'line 5'],
      ['path', 'C:\\Example2', 'line 5'],
      ['process', 'C:\\Example.exe', 'line 6'],
    ]);
    expect(r.entries[0]?.origin.source).toBe('mdm');
  });

  it('a bare list is read as the list given', () => {
    expect(parse('C:\\a|C:\\b', { list: 'path' }).entries.map((e) => e.text)).toEqual(['C:\\a', 'C:\\b']);
    expect(() => parse('C:\\a|C:\\b')).toThrow(/line 1: values before any setting name/);
  });

  it('our defender-intune renderer reads back to its own values', () => {
    const text = renderDefenderIntune(HYPERV_WINDOWS).text;
    const r = parse(text);
    const values = text
      .split(/\r?\n/)
      .filter((l) => l.startsWith('Value: '))
      .flatMap((l) => l.slice(7).split('|'));
    expect(r.entries.map((e) => e.text)).toEqual(values);
    expect(new Set(r.entries.map((e) => e.kind))).toEqual(new Set(['path', 'process', 'extension']));
  });

  it('any text in: entries or INVALID_CURRENT', () => {
    neverCrashes(parse, ['ExcludedPaths', 'OMA-URI: ./x/', 'Value:', '|', '\n', ':', 'C:\\a', '#', ' ']);
  });
});
