import { describe, expect, it } from 'vitest';
import { decodeRegFile, parseDefenderReg as parse } from '../../../src/audit/parse/defender-reg.js';
import { renderDefenderGpo } from '../../../src/render/defender-gpo.js';
import { HYPERV_WINDOWS, SESAM_WINDOWS } from '../../render/fixtures/resolutions.js';
import { neverCrashes } from './fuzz.js';

const HEADER = 'Windows Registry Editor Version 5.00\r\n\r\n';
const LOCAL = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows Defender\\Exclusions';
const POLICY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows Defender\\Exclusions';

function utf16(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
}

describe('defender-reg: reg export of the local and policy Exclusions keys', () => {
  const reg = `${HEADER}[${LOCAL}]\r\n"DisableAutoExclusions"=dword:00000001\r\n\r\n[${LOCAL}\\Paths]\r\n"C:\\\\Data"=dword:00000000\r\n"C:\\\\Quote\\"d"=dword:00000000\r\n\r\n[${POLICY}\\Processes]\r\n"postgres.exe"="0"\r\n\r\n[${POLICY}\\Extensions]\r\n"vhdx"="0"\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Other]\r\n"C:\\\\NotAnEntry"="0"\r\n`;

  it('value names are the entries; dword:0 or "0"; origin local or policy, with the line', () => {
    const r = parse(reg);
    expect(r.entries).toEqual([
      { kind: 'path', text: 'C:\\Data', origin: { source: 'local', location: 'line 7' } },
      { kind: 'path', text: 'C:\\Quote"d', origin: { source: 'local', location: 'line 8' } },
      { kind: 'process', text: 'postgres.exe', origin: { source: 'policy', location: 'line 11' } },
      { kind: 'extension', text: 'vhdx', origin: { source: 'policy', location: 'line 14' } },
    ]);
    expect(r.disableAutoExclusions).toBe(true);
  });

  it('UTF-16 LE with its byte-order mark, UTF-8 with or without one', () => {
    const nonAscii = `${HEADER}[${LOCAL}\\Paths]\r\n"D:\\\\Données\\\\日本"=dword:00000000\r\n`;
    expect(parse(utf16(nonAscii)).entries[0]?.text).toBe('D:\\Données\\日本');
    expect(parse(new TextEncoder().encode(`\uFEFF${nonAscii}`)).entries[0]?.text).toBe('D:\\Données\\日本');
    expect(parse(new TextEncoder().encode(nonAscii)).entries[0]?.text).toBe('D:\\Données\\日本');
    expect(decodeRegFile(Uint8Array.of(0xff, 0xfe, 0x41, 0x00))).toBe('A');
  });

  it.each([
    ['SEP sesam', SESAM_WINDOWS],
    ['Hyper-V', HYPERV_WINDOWS],
  ])('our defender-gpo output for %s reads back to the same entries', (_, resolution) => {
    const out = renderDefenderGpo(resolution);
    const r = parse(out.text);
    const rendered = out.text
      .split('\r\n')
      .filter((l) => l.endsWith('="0"'))
      .map((l) => l.slice(1, -5).replace(/\\(.)/g, '$1'));
    expect(r.entries.map((e) => e.text)).toEqual(rendered);
    expect(r.entries.every((e) => e.origin.source === 'policy')).toBe(true);
    expect(r.entries.length).toBeGreaterThan(0);
  });

  it('bad input: INVALID_CURRENT with the line', () => {
    expect(() => parse('hello')).toThrow(/line 1: not a .reg file/);
    expect(() => parse(`${HEADER}[${LOCAL}\\Paths\r\n`)).toThrow(/line 3: a key without/);
    expect(() => parse(`${HEADER}[${LOCAL}\\Paths]\r\n"C:\\\\x=dword:0\r\n`)).toThrow(/line 4: a value name without/);
    expect(() => parse(`${HEADER}[${POLICY}\\Paths]\r\n"C:\\\\x"=-\r\n`)).toThrow(/line 4: removes/);
    expect(parse(`${HEADER}[-${POLICY}\\Paths]\r\n`).warnings[0]).toMatch(/deletes the key/);
    expect(parse(`${HEADER}[${LOCAL}]\r\n"DisableAutoExclusions"="1"\r\n`).warnings[0]).toMatch(/not a dword/);
  });

  it('hex continuation lines and default values are not entries', () => {
    const r = parse(`${HEADER}[${LOCAL}\\Paths]\r\n@="x"\r\n"C:\\\\a"=hex:00,\\\r\n  00\r\n"C:\\\\b"=dword:00000000\r\n`);
    expect(r.entries.map((e) => e.text)).toEqual(['C:\\a', 'C:\\b']);
  });

  it('any text in: entries or INVALID_CURRENT', () => {
    neverCrashes(parse, [
      'Windows Registry Editor Version 5.00\n',
      `[${LOCAL}\\Paths]\n`,
      '"',
      '\\',
      '=',
      '-',
      'dword:0',
      '\n',
      '[',
      ']',
      ';',
    ]);
  });
});
