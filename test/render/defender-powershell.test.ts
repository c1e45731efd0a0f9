import { describe, expect, it } from 'vitest';
import { renderDefenderPowerShell } from '../../src/render/defender-powershell.js';
import { defenderValue } from '../../src/render/values/defender.js';
import { expectError } from '../helpers.js';
import { readPowerShellLiteral } from './fixtures/readers.js';
import { HYPERV_WINDOWS, LINUX, SESAM_WINDOWS, VALUE_OF_KIND, withValues } from './fixtures/resolutions.js';

const lines = (text: string) => text.split('\r\n');
const commands = (text: string) => lines(text).filter((l) => /^(Add|Remove|Set)-MpPreference/.test(l));

describe('renderDefenderPowerShell', () => {
  const out = renderDefenderPowerShell(SESAM_WINDOWS);

  it('adds one Add-MpPreference line per item, never Set-MpPreference, after the preamble', () => {
    expect(commands(out.text)).toEqual([
      "Add-MpPreference -ExclusionPath 'C:\\Program Files\\SEPsesam'",
      "Add-MpPreference -ExclusionPath 'D:\\SEPsesam\\var'",
      "Add-MpPreference -ExclusionPath 'E:\\'",
      "Add-MpPreference -ExclusionProcess 'postgres.exe'",
    ]);
    const text = lines(out.text);
    const at = (line: string) => text.indexOf(line);
    expect(at('#Requires -RunAsAdministrator')).toBeGreaterThan(0);
    expect(at("$ErrorActionPreference = 'Stop'")).toBe(at('#Requires -RunAsAdministrator') + 1);
    expect(at("Add-MpPreference -ExclusionPath 'C:\\Program Files\\SEPsesam'")).toBeGreaterThan(at("$ErrorActionPreference = 'Stop'"));
  });

  it('maps every kind to its list: paths, processes, extensions', () => {
    const all = {
      ...SESAM_WINDOWS,
      exclusions: (Object.keys(VALUE_OF_KIND) as (keyof typeof VALUE_OF_KIND)[]).flatMap(
        (k) => withValues(SESAM_WINDOWS, [VALUE_OF_KIND[k]], k).exclusions,
      ),
    };
    expect(commands(renderDefenderPowerShell(all).text)).toEqual([
      "Add-MpPreference -ExclusionPath 'C:\\Program Files\\SEPsesam'",
      "Add-MpPreference -ExclusionPath '%SystemRoot%\\Cluster\\CLUSDB'",
      "Add-MpPreference -ExclusionPath 'C:\\Program Files\\SEPsesam\\SEP sesam BSR Pro\\*.*'",
      "Add-MpPreference -ExclusionPath 'E:\\'",
      "Add-MpPreference -ExclusionProcess '%systemroot%\\System32\\Vmms.exe'",
      "Add-MpPreference -ExclusionExtension '.vhdx'",
    ]);
  });

  it('keeps Defender machine variables literally, for Defender to expand', () => {
    expect(commands(renderDefenderPowerShell(HYPERV_WINDOWS).text)).toContain("Add-MpPreference -ExclusionPath '%ProgramData%\\ASRLogs'");
    expect(renderDefenderPowerShell(HYPERV_WINDOWS).text).not.toMatch(/\$env:/);
  });

  it('removes exactly the strings it adds', () => {
    const removed = commands(renderDefenderPowerShell(SESAM_WINDOWS, { action: 'remove' }).text);
    expect(removed.map((l) => l.replace(/^Remove-/, ''))).toEqual(commands(out.text).map((l) => l.replace(/^Add-/, '')));
    expect(removed.every((l) => l.startsWith('Remove-MpPreference '))).toBe(true);
    expect(renderDefenderPowerShell(SESAM_WINDOWS, { action: 'remove' }).text).toContain('(defender-powershell, uninstall form)');
  });

  it('uses CRLF line endings, ends with a newline, and is deterministic', () => {
    expect(out.text.endsWith('\r\n')).toBe(true);
    expect(out.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(renderDefenderPowerShell(SESAM_WINDOWS).text).toBe(out.text);
  });

  it('warns, read-only, when DisableLocalAdminMerge makes local exclusions ineffective', () => {
    expect(out.text).toContain('# When Group Policy sets DisableLocalAdminMerge');
    expect(out.text).toContain(
      "Get-ItemProperty -Path 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows Defender' -Name 'DisableLocalAdminMerge'",
    );
    expect(out.text).toContain('{ Write-Warning ');
    expect(out.text).not.toMatch(/Set-ItemProperty|New-ItemProperty|Remove-ItemProperty/);
  });

  it('leaves installer-managed items to the installer, naming who manages them, unless asked', () => {
    expect(out.text).not.toContain("'C:\\Program Files\\SEPsesam\\SEP sesam BSR Pro\\*.*'");
    expect(out.text).toContain(
      '#   sep-sesam/bsr-pro-files: C:\\Program Files\\SEPsesam\\SEP sesam BSR Pro\\*.* (managed by the SEP sesam installer',
    );
    expect(out.skipped).toEqual([
      {
        rule: 'sep-sesam/bsr-pro-files',
        value: 'C:\\Program Files\\SEPsesam\\SEP sesam BSR Pro\\*.*',
        reason: expect.stringContaining('SEP sesam installer'),
      },
    ]);
    expect(out.warnings.join(' ')).toContain('managed exclusion(s) left out');
    const all = renderDefenderPowerShell(SESAM_WINDOWS, { includeManaged: true });
    expect(commands(all.text)).toContain("Add-MpPreference -ExclusionPath 'C:\\Program Files\\SEPsesam\\SEP sesam BSR Pro\\*.*'");
    expect(all.skipped).toEqual([]);
  });

  it('lists unresolved items as comments, never as placeholders, and leaves conditional items out', () => {
    expect(out.text).toContain('# Not rendered: these exclusions need values only you know');
    expect(out.text).toContain('#   sep-sesam/restore-dirs: needs RESTORE_DIRS ({RESTORE_DIRS}).');
    expect(
      lines(out.text)
        .filter((l) => !l.startsWith('#'))
        .join('\n'),
    ).not.toMatch(/\{[A-Z_]+\}/);
    expect(out.warnings.join(' ')).toContain('need values only you know');
    const hyperv = renderDefenderPowerShell(HYPERV_WINDOWS).text;
    const code = lines(hyperv)
      .filter((l) => !l.startsWith('#'))
      .join('\n');
    expect(code).not.toContain('Vmcompute.exe');
    expect(code).not.toContain('C:\\ClusterStorage');
    expect(hyperv).toContain('# Not rendered: these exclusions apply only under a condition the query did not settle');
    expect(hyperv).toMatch(/# {3}hyper-v\/vmcompute-process: .*Vmcompute\.exe \(process\), on windows releases >=2019/);
  });

  it('names the product, query and sources in its header', () => {
    expect(
      out.text.startsWith(
        '# Antivirus exclusions generated by av-exclusions (defender-powershell, install form).\r\n# Product: sep-sesam, version 5.0.0; roles: server; platform: windows; features: postgresql.',
      ),
    ).toBe(true);
    expect(out.text).toContain(
      '#   Antivirus Exclusions for SEP sesam: https://wiki.sep.de/wiki/index.php/Special:MyLanguage/Antivirus_Exclusions_for_SEP_sesam',
    );
  });

  it('keeps comment text on one line', () => {
    const text = renderDefenderPowerShell({
      ...SESAM_WINDOWS,
      exclusions: SESAM_WINDOWS.exclusions.map((i) => ({ ...i, rationale: 'two\r\nlines\nRemove-Item C:\\' })),
    }).text;
    expect(lines(text).filter((l) => l.startsWith('Remove-Item'))).toEqual([]);
  });

  it('says so when there is nothing to change', () => {
    const text = renderDefenderPowerShell({ ...SESAM_WINDOWS, exclusions: [] }).text;
    expect(text).toContain('# Nothing to change.');
    expect(commands(text)).toEqual([]);
  });

  it('refuses other platforms and unsafe values', () => {
    expectError(() => renderDefenderPowerShell(LINUX), 'TARGET_PLATFORM_MISMATCH');
    for (const value of ['%USERPROFILE%\\x', '%TEMP%\\x', '%SESAM_ROOT%\\x', '{SESAM_BIN}\\x', 'C:\\a\nb', '']) {
      expectError(() => renderDefenderPowerShell(withValues(SESAM_WINDOWS, [value])), 'UNSAFE_VALUE');
    }
  });
});

describe('defenderValue', () => {
  it.each([
    ['directory', 'C:\\Data\\', 'C:\\Data'],
    ['directory', 'C:\\Data\\\\', 'C:\\Data'],
    ['directory', 'C:\\', 'C:\\'],
    ['directory', 'C:\\\\', 'C:\\'],
    ['directory', '%SystemDrive%\\', '%SystemDrive%\\'],
    ['directory', '%ProgramData%\\ASRLogs\\', '%ProgramData%\\ASRLogs'],
    ['directory', '\\\\srv\\share\\', '\\\\srv\\share'],
    ['directory', '\\\\?\\Volume{0e1a6c54-0000-0000-0000-100000000000}\\', '\\\\?\\Volume{0e1a6c54-0000-0000-0000-100000000000}\\'],
    ['volume', 'E:\\', 'E:\\'],
    ['glob', 'C:\\Logs\\*\\', 'C:\\Logs\\*\\'],
    ['extension', '.vhdx', '.vhdx'],
  ] as const)('%s %j -> %j', (kind, value, expected) => {
    expect(defenderValue({ kind, value }, 'defender-powershell')).toBe(expected);
  });
});

describe('renderDefenderPowerShell data', () => {
  // What an installer runs through its own runner must be what the script passes: read every command back.
  const fromText = (text: string) => {
    const lists: Record<string, string[]> = { ExclusionPath: [], ExclusionProcess: [], ExclusionExtension: [] };
    for (const line of commands(text.replace(/^\uFEFF/, ''))) {
      const m = /^(?:Add|Remove)-MpPreference -(\w+) /.exec(line)!;
      const literal = readPowerShellLiteral(line, m[0].length);
      expect(literal.end).toBe(line.length - 1);
      lists[m[1]!]!.push(literal.value);
    }
    return { paths: lists.ExclusionPath, processes: lists.ExclusionProcess, extensions: lists.ExclusionExtension };
  };
  const hostile = withValues(SESAM_WINDOWS, ["C:\\it's ‘quoted’", 'C:\\$env:TEMP `x`', 'D:\\Daten\\ёж', 'C:\\Data\\']);

  it.each([
    ['sesam', SESAM_WINDOWS, {}],
    ['hyper-v', HYPERV_WINDOWS, {}],
    ['hostile values', hostile, {}],
    ['sesam, remove form', SESAM_WINDOWS, { action: 'remove' as const }],
    ['sesam, managed items too', SESAM_WINDOWS, { includeManaged: true }],
  ])('holds the values the text passes, list by list (%s)', (_name, resolution, options) => {
    const output = renderDefenderPowerShell(resolution, options);
    expect(output.data).toEqual(fromText(output.text));
  });

  it('is { paths, processes, extensions }', () => {
    expect(renderDefenderPowerShell(SESAM_WINDOWS).data).toEqual({
      paths: ['C:\\Program Files\\SEPsesam', 'D:\\SEPsesam\\var', 'E:\\'],
      processes: ['postgres.exe'],
      extensions: [],
    });
  });
});
