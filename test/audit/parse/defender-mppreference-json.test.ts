import { describe, expect, it } from 'vitest';
import { isHiddenPlaceholder, parseDefenderMpPreferenceJson as parse } from '../../../src/audit/parse/defender-mppreference-json.js';
import { neverCrashes } from './fuzz.js';

describe('defender-mppreference-json: Get-MpPreference | ConvertTo-Json in every shape seen', () => {
  it('reads arrays, with the JSON path of each item; the lists are the effective ones', () => {
    const r = parse(
      '{"ExclusionPath":["C:\\\\Data","%ProgramFiles%\\\\X"],"ExclusionProcess":["postgres.exe"],"ExclusionExtension":[".vhdx"]}',
    );
    expect(r.entries).toEqual([
      { kind: 'path', text: 'C:\\Data', origin: { source: 'effective', location: '$.ExclusionPath[0]' } },
      { kind: 'path', text: '%ProgramFiles%\\X', origin: { source: 'effective', location: '$.ExclusionPath[1]' } },
      { kind: 'process', text: 'postgres.exe', origin: { source: 'effective', location: '$.ExclusionProcess[0]' } },
      { kind: 'extension', text: '.vhdx', origin: { source: 'effective', location: '$.ExclusionExtension[0]' } },
    ]);
    expect(r.scanner).toBe('defender');
  });

  it('a bare string is one item; null or absent is none', () => {
    const r = parse('{"ExclusionPath":"C:\\\\Data","ExclusionProcess":null}');
    expect(r.entries).toEqual([{ kind: 'path', text: 'C:\\Data', origin: { source: 'effective', location: '$.ExclusionPath' } }]);
    expect(r.unreadable).toEqual([]);
  });

  it('Windows PowerShell 5.1: {"value":[…],"Count":n}', () => {
    const r = parse('{"ExclusionExtension":{"value":[".tmp",".log"],"Count":2}}');
    expect(r.entries.map((e) => [e.text, e.origin.location])).toEqual([
      ['.tmp', '$.ExclusionExtension.value[0]'],
      ['.log', '$.ExclusionExtension.value[1]'],
    ]);
  });

  it('both N/A placeholders make the list unreadable, never empty', () => {
    const r = parse(
      '{"ExclusionPath":["N/A: Must be an administrator to view exclusions"],"ExclusionProcess":"N/A: Administrators are not allowed to view exclusions","ExclusionExtension":[]}',
    );
    expect(r.entries).toEqual([]);
    expect(r.unreadable).toEqual([
      {
        kind: 'path',
        origin: { source: 'effective', location: '$.ExclusionPath[0]' },
        text: 'N/A: Must be an administrator to view exclusions',
      },
      {
        kind: 'process',
        origin: { source: 'effective', location: '$.ExclusionProcess' },
        text: 'N/A: Administrators are not allowed to view exclusions',
      },
    ]);
    expect(isHiddenPlaceholder('n/a: anything')).toBe(true);
    expect(isHiddenPlaceholder('C:\\N/A')).toBe(false);
    expect(isHiddenPlaceholder(`${' '.repeat(100)}N/a: after a long indent`)).toBe(true);
    expect(isHiddenPlaceholder('C:\\x\\N/A:y')).toBe(false);
    expect(isHiddenPlaceholder('\tN/A:')).toBe(true);
  });

  it('DisableAutoExclusions, and property names in any case; a one-object array is accepted', () => {
    expect(parse('{"DisableAutoExclusions":true}').disableAutoExclusions).toBe(true);
    expect(parse('{"disableautoexclusions":false}').disableAutoExclusions).toBe(false);
    expect(parse('{"DisableAutoExclusions":1}').disableAutoExclusions).toBe(true);
    expect(parse('{"DisableAutoExclusions":"yes"}').warnings[0]).toMatch(/ignored/);
    expect(parse('{}').disableAutoExclusions).toBeUndefined();
    expect(parse('[{"exclusionpath":"C:\\\\x"}]').entries[0]?.origin.location).toBe('$[0].exclusionpath');
  });

  it('bad input: INVALID_CURRENT with the JSON path', () => {
    expect(() => parse('{"ExclusionPath":["C:\\\\a",3]}')).toThrow('$.ExclusionPath[1]: expected text, found number');
    expect(() => parse('"C:\\\\x"')).toThrow(/\$: expected the object/);
    expect(() => parse('{')).toThrow(/not valid JSON/);
    expect(parse('{"ExclusionPath":["  "]}').warnings[0]).toMatch(/empty item/);
  });

  it('any text in: entries or INVALID_CURRENT', () => {
    neverCrashes(parse, ['{', '}', '[', ']', '"', ':', ',', 'ExclusionPath', 'null', 'N/A:', 'value', '1', ' ']);
  });
});

describe('defender-mppreference-json: contextual entries', () => {
  it('keep their condition as a restriction', () => {
    expect(parse('{"ExclusionPath":"C:\\\\docs\\\\:{PathType:file,ScanTrigger:OnAccess}"}').entries[0]?.restriction).toEqual({
      condition: 'PathType:file,ScanTrigger:OnAccess',
    });
  });
});
