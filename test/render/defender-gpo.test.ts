import { describe, expect, it } from 'vitest';
import { renderDefenderGpo } from '../../src/render/defender-gpo.js';
import { expectError } from '../helpers.js';
import { ASR_HYPERV, KERIO_LINUX, SESAM_WINDOWS, withValues } from './cases.js';

/** A tiny .reg reader for the test: section -> value name -> data. */
function parseReg(text: string): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  let section = '';
  for (const line of text.split('\r\n')) {
    if (line.startsWith('[')) out[(section = line.slice(1, -1))] = {};
    else if (line.startsWith('"')) {
      const m = /^"((?:[^"\\]|\\.)*)"=(.*)$/.exec(line)!;
      out[section]![m[1]!.replace(/\\(.)/g, '$1')] = m[2]!;
    }
  }
  return out;
}

const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows Defender\\Exclusions';

describe('renderDefenderGpo', () => {
  it('is a REGEDIT5 file with CRLF line endings', () => {
    const text = renderDefenderGpo(ASR_HYPERV).text;
    expect(text.startsWith('Windows Registry Editor Version 5.00\r\n\r\n;')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('round-trips: value names are the items, data "0", policies switched on', () => {
    const reg = parseReg(renderDefenderGpo(ASR_HYPERV).text);
    expect(reg[KEY]).toEqual({ Exclusions_Paths: 'dword:00000001', Exclusions_Processes: 'dword:00000001', Exclusions_Extensions: 'dword:00000001' });
    const paths = ASR_HYPERV.exclusions.filter((i) => !['process', 'extension'].includes(i.kind)).map((i) => i.value);
    expect(Object.keys(reg[`${KEY}\\Paths`]!)).toEqual(paths);
    expect(new Set(Object.values(reg[`${KEY}\\Paths`]!))).toEqual(new Set(['"0"']));
    expect(Object.keys(reg[`${KEY}\\Extensions`]!)).toContain('.vhdx');
  });

  it('removes only its own values and leaves the switches', () => {
    const reg = parseReg(renderDefenderGpo(ASR_HYPERV, { action: 'remove' }).text);
    expect(reg[KEY]).toBeUndefined();
    expect(new Set(Object.values(reg[`${KEY}\\Processes`]!))).toEqual(new Set(['-']));
  });

  it('escapes quotes and backslashes in value names', () => {
    const reg = parseReg(renderDefenderGpo(withValues(SESAM_WINDOWS, ['C:\\a "b"\\', 'C:\\ü'])).text);
    expect(Object.keys(reg[`${KEY}\\Paths`]!)).toEqual(['C:\\a "b"\\', 'C:\\ü']);
    expect(renderDefenderGpo(withValues(SESAM_WINDOWS, ['C:\\ü'])).warnings.join(' ')).toContain('UTF-16 LE');
  });

  it('refuses a Linux resolution and control characters', () => {
    expectError(() => renderDefenderGpo(KERIO_LINUX), 'TARGET_PLATFORM_MISMATCH');
    expectError(() => renderDefenderGpo(withValues(SESAM_WINDOWS, ['C:\\a\r\n[HKEY_LOCAL_MACHINE\\x]'])), 'UNSAFE_VALUE');
  });
});
