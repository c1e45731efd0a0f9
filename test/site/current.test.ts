import { describe, expect, it } from 'vitest';
import { CURRENT_FORMATS, decodeBytes, guessFormat } from '../../site/src/current.js';
import { CURRENT_FORMATS as LIBRARY_FORMATS, parseCurrentExclusions, renderExclusions, resolveExclusions } from '../../src/index.js';

const REG =
  'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows Defender\\Exclusions\\Paths]\r\n"C:\\\\Data"=dword:00000000\r\n';

describe('reading a dropped file', () => {
  it('decodes UTF-16 LE with its byte-order mark (a reg export), without the mark', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...REG].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeBytes(utf16)).toBe(REG);
  });

  it('decodes UTF-8, with or without a byte-order mark, non-ASCII included', () => {
    const text = 'ExcludePath ^/srv/Prüfung/\n';
    const bytes = new TextEncoder().encode(text);
    expect(decodeBytes(bytes)).toBe(text);
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toBe(text);
  });
});

describe('guessing the format from the content', () => {
  it.each<[string, string, (typeof CURRENT_FORMATS)[number]]>([
    ['a reg export', REG, 'defender-reg'],
    ['a REGEDIT4 file', 'REGEDIT4\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE]\n', 'defender-reg'],
    ['Get-MpPreference as JSON', '{"ExclusionPath":"C:\\\\Data","ExclusionProcess":null}', 'defender-mppreference-json'],
    ['Get-MpPreference in an array', '[{"exclusionextension":["tmp"]}]', 'defender-mppreference-json'],
    ['mdatp_managed.json', '{"exclusionSettings":{"exclusions":[]}}', 'mdatp-json'],
    ['a legacy mdatp_managed.json', '{ "antivirusEngine": { "exclusions": [] } }', 'mdatp-json'],
    ['Intune settings', 'ExcludedPaths: C:\\Data|D:\\Logs\nExcludedProcesses:\nsesam.exe', 'defender-intune'],
    ['an OMA-URI', 'OMA-URI: ./Device/Vendor/MSFT/Policy/Config/Defender/ExcludedExtensions\nValue: lib', 'defender-intune'],
    ['clamd.conf', '# clamd\nLocalSocket /run/clamd.sock\nExcludePath ^/proc/\n\tOnAccessExcludePath ^/srv/\n', 'clamav-clamd'],
  ])('%s', (_name, text, format) => {
    expect(CURRENT_FORMATS).toContain(format);
    expect(guessFormat(text)).toBe(format);
    expect(guessFormat(`\uFEFF  \n${text}`)).toBe(format);
  });

  it('does not guess when the content does not say, or says two things', () => {
    for (const text of [
      '',
      'C:\\Data\nD:\\Logs',
      '{}',
      '["C:\\\\Data"]',
      '{"ExclusionPath":[],"exclusionSettings":{}}',
      'ExcludedPaths: C:\\Data\nExcludePath ^/proc/',
      '# ExcludePath ^/proc/',
      'Windows Registry Editor Version 5.00x',
    ]) {
      expect(guessFormat(text), text).toBeNull();
    }
  });
});

describe('the formats the page offers', () => {
  it("are the library's, in its order", () => {
    expect([...CURRENT_FORMATS]).toEqual([...LIBRARY_FORMATS]);
  });

  it('are guessed for what our own renderers write, and that output reads back', () => {
    const windows = resolveExclusions({ product: 'sep-sesam', roles: ['server'], platform: 'windows' });
    const linux = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'linux' });
    for (const [resolution, target, format] of [
      [windows, 'defender-gpo', 'defender-reg'],
      [windows, 'defender-intune', 'defender-intune'],
      [linux, 'mdatp-json', 'mdatp-json'],
      [linux, 'clamav-clamd', 'clamav-clamd'],
    ] as const) {
      const text = renderExclusions(resolution, target).text;
      expect(guessFormat(text), target).toBe(format);
      expect(parseCurrentExclusions(text, format).entries.length, target).toBeGreaterThan(0);
    }
  });
});
