/**
 * Collector scripts: short, read-only scripts an administrator runs on a server to capture its exclusion lists in the
 * form the audit reads best. Plain data; the CLI prints or writes them (`av-exclusions collect`).
 *
 * @module
 */
import { AvExclusionsError } from '../errors.js';
import { quote } from '../internal/quote.js';
import { choicesTail, suggest } from '../internal/suggest.js';

/** The collector scripts: `defender-powershell` (Windows) and `mdatp-sh` (Linux and macOS). */
export const COLLECT_FORMATS = ['defender-powershell', 'mdatp-sh'] as const;

/** A collector script's format. */
export type CollectFormat = (typeof COLLECT_FORMATS)[number];

/** A collector script, and what to do with what it produces. */
export interface CollectorScript {
  /** The script, with its own line endings (CRLF for PowerShell, LF for sh), ending with one. ASCII only. */
  text: string;
  /** A name to save it under: `collect-defender.ps1` or `collect-mdatp.sh`. */
  fileName: string;
  /** The `--current-format` of what the script produces, for `audit`. */
  currentFormat: 'defender-mppreference-json' | 'mdatp-json';
}

/** The managed configuration of Defender for Endpoint on Linux (Microsoft's linux-preferences page). */
export const MDATP_MANAGED_JSON = '/etc/opt/microsoft/mdatp/managed/mdatp_managed.json';

/**
 * The managed settings of Defender for Endpoint on macOS, preference domain `com.microsoft.wdav` (Microsoft's
 * "Deploy Microsoft Defender for Endpoint on macOS with another MDM solution", section "Deploy Defender for Endpoint
 * settings").
 */
export const MDATP_MANAGED_PLIST = '/Library/Managed Preferences/com.microsoft.wdav.plist';

// Runs in Windows PowerShell 5.1 and PowerShell 7: no ?? or ?: operators, no && or ||, no -AsArray (6.2+ only).
// `@(… | Where-Object …)` makes every list an array, also with one item or none (a list Defender has no items for is
// $null, and @($null) would be an array holding $null); -InputObject keeps the pipeline from unrolling anything.
// [IO.File]::WriteAllText with UTF8Encoding($false) writes UTF-8 without a byte-order mark in both (Out-File and ">"
// in 5.1 would write a mark or UTF-16); the path is resolved by PowerShell first, since .NET's current folder is not
// PowerShell's.
const DEFENDER_POWERSHELL = [
  '# av-exclusions collector for Microsoft Defender Antivirus on Windows.',
  '# It reads the exclusion lists with Get-MpPreference and writes them as JSON, for',
  '#   av-exclusions audit ... --current mppreference.json --current-format defender-mppreference-json',
  '# It only reads: it changes no setting. Run it elevated (as Administrator): otherwise Defender shows',
  '# "N/A: Must be an administrator to view exclusions" instead of a list, and the audit reports that list as unreadable.',
  '# Output: the file given with -Path (default: mppreference.json in the current folder), UTF-8 without a byte-order',
  '# mark, holding ExclusionPath, ExclusionProcess and ExclusionExtension (each an array, also with one item or none)',
  '# and DisableAutoExclusions. Runs in Windows PowerShell 5.1 and PowerShell 7.',
  '# Usage: powershell -ExecutionPolicy Bypass -File .\\collect-defender.ps1 [-Path FILE]',
  'param(',
  "  [string]$Path = 'mppreference.json'",
  ')',
  "$ErrorActionPreference = 'Stop'",
  '',
  '$principal = [Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()',
  'if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {',
  "  Write-Warning 'This session is not elevated: Defender hides the exclusion lists from it, and the audit will report them as unreadable. Run the script as Administrator.'",
  '}',
  '',
  '$preference = Get-MpPreference',
  '$lists = [ordered]@{',
  '  ExclusionPath = [string[]]@($preference.ExclusionPath | Where-Object { $null -ne $_ })',
  '  ExclusionProcess = [string[]]@($preference.ExclusionProcess | Where-Object { $null -ne $_ })',
  '  ExclusionExtension = [string[]]@($preference.ExclusionExtension | Where-Object { $null -ne $_ })',
  '  DisableAutoExclusions = $preference.DisableAutoExclusions',
  '}',
  "$hidden = @($lists.ExclusionPath + $lists.ExclusionProcess + $lists.ExclusionExtension | Where-Object { $_ -like 'N/A:*' })",
  'if ($hidden.Count -gt 0) {',
  '  Write-Warning "Defender did not show every list ($($hidden[0])): the audit will report such a list as unreadable."',
  '}',
  '',
  '$json = ConvertTo-Json -InputObject $lists -Depth 3',
  '$target = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Path)',
  '[System.IO.File]::WriteAllText($target, $json, (New-Object System.Text.UTF8Encoding -ArgumentList $false))',
  'Write-Host "Wrote $target"',
];

// POSIX sh (bash, dash, macOS sh): no arrays, no [[ ]], no local, no $'…'; every expansion quoted.
const MDATP_SH = [
  '#!/bin/sh',
  '# av-exclusions collector for Microsoft Defender for Endpoint on Linux and macOS.',
  '# It prints the managed configuration (the exclusions deployed by policy) as JSON on standard output, for',
  '#   sh collect-mdatp.sh > mdatp.json',
  '#   av-exclusions audit ... --current mdatp.json --current-format mdatp-json',
  '# It only reads: it changes no setting. Run it as root when the file is not readable otherwise.',
  `# Linux: prints ${MDATP_MANAGED_JSON} exactly as it is.`,
  `# macOS: converts ${MDATP_MANAGED_PLIST} (the managed profile) to JSON with plutil.`,
  '# MDATP_MANAGED_JSON (Linux) or MDATP_MANAGED_PLIST (macOS) names another file to read, such as a copy.',
  '# Not read: exclusions added with "mdatp exclusion ... add" are in neither file, and the output of',
  '# "mdatp exclusion list" is not documented; compare those by hand.',
  '# When the file is missing, empty or unreadable: a message on standard error, nothing on standard output, exit 1.',
  'set -eu',
  '',
  'fail() {',
  '  printf \'collect-mdatp: %s\\n\' "$1" >&2',
  '  exit 1',
  '}',
  '',
  'system=$(uname -s)',
  'if [ "$system" = Darwin ]; then',
  `  file="\${MDATP_MANAGED_PLIST:-${MDATP_MANAGED_PLIST}}"`,
  'else',
  `  file="\${MDATP_MANAGED_JSON:-${MDATP_MANAGED_JSON}}"`,
  'fi',
  '',
  '[ -e "$file" ] || fail "no managed configuration at $file (none is deployed on this machine, or it is elsewhere)"',
  '[ -f "$file" ] || fail "$file is not a regular file"',
  '[ -r "$file" ] || fail "cannot read $file: run this script as root"',
  '[ -s "$file" ] || fail "$file is empty"',
  'case "$file" in',
  '  -*) file="./$file" ;;',
  'esac',
  '',
  'if [ "$system" = Darwin ]; then',
  '  json=$(plutil -convert json -o - "$file") || fail "plutil could not convert $file to JSON"',
  '  printf \'%s\\n\' "$json"',
  'else',
  '  cat "$file"',
  'fi',
];

const COLLECTORS: Readonly<Record<CollectFormat, { lines: readonly string[]; eol: string } & Omit<CollectorScript, 'text'>>> = {
  'defender-powershell': {
    lines: DEFENDER_POWERSHELL,
    eol: '\r\n',
    fileName: 'collect-defender.ps1',
    currentFormat: 'defender-mppreference-json',
  },
  'mdatp-sh': { lines: MDATP_SH, eol: '\n', fileName: 'collect-mdatp.sh', currentFormat: 'mdatp-json' },
};

/**
 * A collector script: a short, read-only script to run on a server that writes its exclusion lists in exactly the
 * form the audit reads best.
 * - `defender-powershell` (Windows, Microsoft Defender Antivirus): a PowerShell script for Windows PowerShell 5.1 and
 *   PowerShell 7, run elevated (it warns when it is not). It writes `Get-MpPreference`'s `ExclusionPath`,
 *   `ExclusionProcess` and `ExclusionExtension` (each a JSON array, also with one item or none) and
 *   `DisableAutoExclusions` to the file given with `-Path` (default `mppreference.json`), UTF-8 without a byte-order
 *   mark. Read it with `defender-mppreference-json`. CRLF line endings.
 * - `mdatp-sh` (Linux and macOS, Defender for Endpoint): a POSIX `sh` script that prints the managed configuration
 *   on standard output: `/etc/opt/microsoft/mdatp/managed/mdatp_managed.json` as it is on Linux,
 *   `/Library/Managed Preferences/com.microsoft.wdav.plist` converted to JSON by `plutil` on macOS (the environment
 *   variables `MDATP_MANAGED_JSON` and `MDATP_MANAGED_PLIST` name another file). A missing, empty or unreadable file
 *   is a message on standard error and exit status 1, with nothing on standard output. Read it with `mdatp-json`.
 *   Exclusions added with `mdatp exclusion … add` are not in that file (the output of `mdatp exclusion list` is not
 *   documented, so it is not read).
 *
 * Both scripts change nothing on the server. Each call returns a fresh object.
 *
 * @param format - `defender-powershell` or `mdatp-sh`
 * @returns the script, a file name to save it under, and the `--current-format` of what it produces
 * @throws AvExclusionsError `INVALID_OPTION` for another format (the message names the valid ones)
 * @example
 * ```ts
 * import { collectorScript } from 'av-exclusions';
 * const { fileName, currentFormat, text } = collectorScript('mdatp-sh');
 * console.log([fileName, currentFormat]); // [ 'collect-mdatp.sh', 'mdatp-json' ]
 * console.log(text.split('\n')[0]); // '#!/bin/sh'
 * ```
 */
export function collectorScript(format: CollectFormat): CollectorScript {
  const spec = Object.hasOwn(COLLECTORS, format) ? COLLECTORS[format] : undefined;
  if (!spec) {
    const value = typeof format === 'string' ? format : String(format);
    throw new AvExclusionsError(
      'INVALID_OPTION',
      `unknown collector format ${quote(value)}${choicesTail(COLLECT_FORMATS, suggest(value, COLLECT_FORMATS))}`,
      { value, choices: COLLECT_FORMATS },
    );
  }
  return { text: `${spec.lines.join(spec.eol)}${spec.eol}`, fileName: spec.fileName, currentFormat: spec.currentFormat };
}
