import { describe, expect, it } from 'vitest';
import { COLLECT_FORMATS, type CollectFormat, collectorScript, MDATP_MANAGED_JSON, MDATP_MANAGED_PLIST } from '../../src/audit/collect.js';
import { parseDefenderMpPreferenceJson } from '../../src/audit/parse/defender-mppreference-json.js';
import type { CurrentFormat } from '../../src/audit/types.js';
import {
  PS7,
  PS7_HIDDEN,
  PS7_ONE_PROCESS,
  PS51,
  PS51_ONE_PROCESS,
  PS51_UNELEVATED,
  PS51_WRAPPED,
} from '../fixtures/collect/mppreference.js';
import { expectError } from '../helpers.js';

const PS = collectorScript('defender-powershell').text;
const SH = collectorScript('mdatp-sh').text;

/** The script's lines without comments. */
const code = (text: string, eol: string): string[] =>
  text
    .split(eol)
    .filter((line) => !line.startsWith('#'))
    .filter(Boolean);

describe('collectorScript', () => {
  it('names a file and the --current-format the audit reads', () => {
    // Assigning to CurrentFormat checks at compile time that every collector produces a format the audit reads.
    const formats: CurrentFormat[] = COLLECT_FORMATS.map((f) => collectorScript(f).currentFormat);
    expect(formats).toEqual(['defender-mppreference-json', 'mdatp-json']);
    expect(COLLECT_FORMATS.map((f) => collectorScript(f).fileName)).toEqual(['collect-defender.ps1', 'collect-mdatp.sh']);
  });

  it('returns a fresh object each call', () => {
    const a = collectorScript('mdatp-sh');
    a.text = 'changed';
    a.currentFormat = 'defender-mppreference-json';
    expect(collectorScript('mdatp-sh').text).toBe(SH);
    expect(collectorScript('mdatp-sh').currentFormat).toBe('mdatp-json');
  });

  it('refuses another format with INVALID_OPTION, the valid formats and a suggestion', () => {
    const error = expectError(() => collectorScript('mdatp-shell' as CollectFormat), 'INVALID_OPTION');
    expect(error.message).toBe('unknown collector format "mdatp-shell"; valid: defender-powershell, mdatp-sh (did you mean "mdatp-sh"?)');
    expect(error.choices).toEqual(['defender-powershell', 'mdatp-sh']);
    for (const bad of ['toString', '__proto__', '', 'constructor'])
      expectError(() => collectorScript(bad as CollectFormat), 'INVALID_OPTION');
  });

  it('both scripts are ASCII, without a byte-order mark, end with a line ending and say they change nothing', () => {
    for (const text of [PS, SH]) {
      expect(text).toMatch(/^[\u0000-\u007f]*$/);
      expect(text).toMatch(/It only reads: it changes no setting\./);
    }
    expect(PS.endsWith('\r\n')).toBe(true);
    expect(SH.endsWith('\n') && !SH.includes('\r')).toBe(true);
  });
});

describe('the defender-powershell collector', () => {
  it('uses CRLF line endings only, comment lines first, then the parameter with its default', () => {
    expect(PS.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = PS.split('\r\n');
    const firstCode = lines.findIndex((line) => !line.startsWith('#'));
    expect(firstCode).toBeGreaterThan(3);
    expect(lines.slice(firstCode, firstCode + 3)).toEqual(['param(', "  [string]$Path = 'mppreference.json'", ')']);
  });

  it('forces arrays with -InputObject and @(), writes UTF-8 without a byte-order mark, and warns when not elevated', () => {
    const body = code(PS, '\r\n').join('\n');
    expect(body).toContain('ConvertTo-Json -InputObject $lists -Depth 3');
    expect(body).not.toMatch(/\|\s*ConvertTo-Json/);
    for (const list of ['ExclusionPath', 'ExclusionProcess', 'ExclusionExtension'])
      expect(body).toContain(`  ${list} = [string[]]@($preference.${list} | Where-Object { $null -ne $_ })`);
    expect(body).toContain('[System.IO.File]::WriteAllText($target, $json, (New-Object System.Text.UTF8Encoding -ArgumentList $false))');
    expect(body).not.toMatch(/Out-File|Set-Content|>\s*\$/);
    expect(body).toMatch(
      /if \(-not \$principal\.IsInRole\(\[Security\.Principal\.WindowsBuiltInRole\]::Administrator\)\) \{\n {2}Write-Warning /,
    );
  });

  it('changes nothing and uses no syntax Windows PowerShell 5.1 lacks', () => {
    const body = code(PS, '\r\n').join('\n');
    expect(body).not.toMatch(/\b(Set|Add|Remove)-MpPreference\b|Remove-Item|Set-ItemProperty|New-ItemProperty|Start-Process|Invoke-/);
    // PowerShell 7 only: ?? and ??=, ?. and ?[], the ternary ? :, && and ||, ConvertTo-Json -AsArray.
    expect(body).not.toMatch(/\?\?|\?\.|\?\[|&&|\|\||-AsArray|\s\?\s/);
  });
});

describe('the mdatp-sh collector', () => {
  it('is a POSIX sh script: shebang, set -eu, every expansion quoted, no bashisms', () => {
    const lines = SH.split('\n');
    expect(lines[0]).toBe('#!/bin/sh');
    const body = code(SH, '\n');
    expect(body[0]).toBe('set -eu');
    const text = body.join('\n');
    expect(text).not.toMatch(/\[\[|\blocal\b|\bfunction\b|\$'|<<<|\bdeclare\b|\bsource\b|==|\$\{[^}]*\/\//);
    // Outside assignments, $file and $json appear only inside double quotes.
    for (const line of body) expect(line.replace(/"[^"]*"/g, '""'), line).not.toMatch(/\$(file|json|system|1)\b/);
  });

  it('reads the managed file of each platform, and names the variables that override it', () => {
    expect(SH).toContain(`file="\${MDATP_MANAGED_JSON:-${MDATP_MANAGED_JSON}}"`);
    expect(SH).toContain(`file="\${MDATP_MANAGED_PLIST:-${MDATP_MANAGED_PLIST}}"`);
    expect(MDATP_MANAGED_JSON).toBe('/etc/opt/microsoft/mdatp/managed/mdatp_managed.json');
    expect(MDATP_MANAGED_PLIST).toBe('/Library/Managed Preferences/com.microsoft.wdav.plist');
    expect(SH).toContain('plutil -convert json -o - "$file"');
    expect(SH).not.toMatch(/^[^#]*mdatp exclusion/m);
  });
});

describe('what the defender-powershell collector writes reads back with defender-mppreference-json', () => {
  /** The property names the script writes, in order, from its [ordered]@{ … } block. */
  const written = (() => {
    const lines = PS.split('\r\n');
    const start = lines.indexOf('$lists = [ordered]@{');
    const end = lines.indexOf('}', start);
    return lines.slice(start + 1, end).map((line) => line.trim().split(' ')[0]);
  })();
  const keys = (json: string) => Object.keys(JSON.parse(json) as object);
  const entries = (json: string) => parseDefenderMpPreferenceJson(json).entries.map((e) => [e.kind, e.text]);

  it('the fixtures hold exactly the properties the script writes', () => {
    expect(written).toEqual(['ExclusionPath', 'ExclusionProcess', 'ExclusionExtension', 'DisableAutoExclusions']);
    for (const fixture of [PS51, PS7, PS51_ONE_PROCESS, PS7_ONE_PROCESS, PS51_UNELEVATED, PS7_HIDDEN, PS51_WRAPPED])
      expect(keys(fixture)).toEqual(written);
  });

  it.each([
    ['Windows PowerShell 5.1', PS51],
    ['PowerShell 7', PS7],
    ['Windows PowerShell 5.1 through Out-File -Encoding utf8 (with a byte-order mark)', `\uFEFF${PS51}`],
  ])('one-element and two-element arrays, an empty array: %s', (_name, json) => {
    const r = parseDefenderMpPreferenceJson(json);
    expect(entries(json)).toEqual([
      ['path', "C:\\Program Files\\O'Brien\\Data"],
      ['extension', '.vhdx'],
      ['extension', '.avhdx'],
    ]);
    expect(r.entries[0]!.origin).toEqual({ source: 'effective', location: '$.ExclusionPath[0]' });
    expect(r.unreadable).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.disableAutoExclusions).toBe(false);
  });

  it.each([
    ['Windows PowerShell 5.1', PS51_ONE_PROCESS],
    ['PowerShell 7', PS7_ONE_PROCESS],
  ])('only a process, DisableAutoExclusions on: %s', (_name, json) => {
    const r = parseDefenderMpPreferenceJson(json);
    expect(entries(json)).toEqual([['process', '%ProgramFiles%\\SEPsesam\\bin\\sesam\\sm_main.exe']]);
    expect(r.disableAutoExclusions).toBe(true);
    expect(r.unreadable).toEqual([]);
  });

  it.each([
    ['an unelevated session, Windows PowerShell 5.1', PS51_UNELEVATED, 'N/A: Must be an administrator to view exclusions'],
    ['HideExclusionsFromLocalAdmins, PowerShell 7', PS7_HIDDEN, 'N/A: Administrators are not allowed to view exclusions'],
  ])('placeholders make every list unreadable: %s', (_name, json, text) => {
    const r = parseDefenderMpPreferenceJson(json);
    expect(r.entries).toEqual([]);
    expect(r.unreadable.map((u) => [u.kind, u.text, u.origin.location])).toEqual([
      ['path', text, '$.ExclusionPath[0]'],
      ['process', text, '$.ExclusionProcess[0]'],
      ['extension', text, '$.ExclusionExtension[0]'],
    ]);
  });

  it('a wrapped array in Windows PowerShell 5.1 ({"value": […], "Count": n}) reads the same', () => {
    const r = parseDefenderMpPreferenceJson(PS51_WRAPPED);
    expect(r.entries.map((e) => [e.kind, e.text, e.origin.location])).toEqual([['path', 'D:\\Backup', '$.ExclusionPath.value[0]']]);
    expect(r.unreadable).toEqual([]);
  });
});
