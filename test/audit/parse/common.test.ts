import { describe, expect, it } from 'vitest';
import {
  checkInput,
  invalidCurrent,
  isObject,
  jsonKind,
  jsonStep,
  MAX_CURRENT_CHARS,
  MAX_CURRENT_ENTRIES,
  parseJson,
  pushEntry,
} from '../../../src/audit/parse/common.js';
import type { CurrentExclusions } from '../../../src/audit/types.js';

describe('parser helpers', () => {
  it('INVALID_CURRENT names the format and the location', () => {
    const e = invalidCurrent('mdatp-json', '$.a[1]', 'bad');
    expect(e.code).toBe('INVALID_CURRENT');
    expect(e.message).toBe('mdatp-json: $.a[1]: bad');
    expect(e.value).toBe('$.a[1]');
  });

  it('refuses non-text and oversized input', () => {
    expect(() => checkInput('defender-reg', null)).toThrow(/got null/);
    expect(() => checkInput('defender-reg', 'x'.repeat(MAX_CURRENT_CHARS + 1))).toThrow(/larger than/);
    expect(checkInput('defender-reg', 'ok')).toBe('ok');
  });

  it('reads JSON, with the line and column of a syntax error; a byte-order mark is ignored', () => {
    expect(parseJson('mdatp-json', '\uFEFF{"a":1}')).toEqual({ a: 1 });
    expect(() => parseJson('mdatp-json', '{\n  "a": 1')).toThrow(/line 2, column 9: not valid JSON/);
    expect(() => parseJson('mdatp-json', '{\n  "a": ,\n}')).toThrow(/: not valid JSON/);
  });

  it('caps the number of entries', () => {
    const r: CurrentExclusions = { format: 'clamav-clamd', scanner: 'clamav', entries: [], unreadable: [], warnings: [] };
    const entry = { kind: 'path' as const, text: 'x', origin: { source: 'local' as const, location: 'line 1' } };
    r.entries.length = MAX_CURRENT_ENTRIES;
    expect(() => pushEntry(r, entry)).toThrow(/more than 100000 entries/);
  });

  it('names JSON kinds and steps', () => {
    expect([jsonKind(null), jsonKind([]), jsonKind('x'), jsonKind({})]).toEqual(['null', 'an array', 'string', 'object']);
    expect(jsonStep('ExclusionPath')).toBe('.ExclusionPath');
    expect(jsonStep('$type')).toBe('.$type');
    expect(jsonStep('a b')).toBe('["a b"]');
    expect(isObject({})).toBe(true);
    expect(isObject([])).toBe(false);
  });
});

describe('Defender entries', () => {
  it('keep a contextual condition as their restriction, and their text as found', async () => {
    const { defenderEntry } = await import('../../../src/audit/parse/common.js');
    const origin = { source: 'local' as const, location: 'line 1' };
    expect(defenderEntry('path', 'C:\\documents\\:{ScanType:full}', origin)).toEqual({
      kind: 'path',
      text: 'C:\\documents\\:{ScanType:full}',
      origin,
      restriction: { condition: 'ScanType:full' },
    });
    expect(defenderEntry('process', 'x.exe', origin)).toEqual({ kind: 'process', text: 'x.exe', origin });
  });
});
