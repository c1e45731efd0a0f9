/**
 * The `defender-powershell` target: a PowerShell script of `Add-MpPreference` (or `Remove-MpPreference`) lines.
 *
 * @module
 */
import type { AnyResolution } from '../types/resolution.js';
import { addManagedNotice, addPendingNotices, commentText, headerLines } from './notices.js';
import { quotePowerShell } from './quote/powershell.js';
import { type FormatResult, type RenderContext, renderWith, type TargetSpec } from './target.js';
import type { RenderOptions, RenderOutput } from './types.js';
import { defenderList, defenderLists, defenderValue } from './values/defender.js';

function render(context: RenderContext): FormatResult {
  const { resolution, action, items, warnings } = context;
  const values = items.map((item) => defenderValue(item, 'defender-powershell'));
  const comment = (l: string): string[] => [`# ${commentText(l)}`];
  const lines = headerLines(resolution, 'defender-powershell', action).flatMap(comment);
  addManagedNotice(context, lines, comment, 'block', '#');
  addPendingNotices(resolution, lines, warnings, comment, '#');
  lines.push(
    '',
    '#Requires -RunAsAdministrator',
    "$ErrorActionPreference = 'Stop'",
    '',
    '# When Group Policy sets DisableLocalAdminMerge ("Configure local administrator merge behavior for lists"),',
    '# Defender ignores exclusions added locally, these included. The next two lines only read that value and warn.',
    "$policy = Get-ItemProperty -Path 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows Defender' -Name 'DisableLocalAdminMerge' -ErrorAction SilentlyContinue",
    "if ($policy -and $policy.DisableLocalAdminMerge -eq 1) { Write-Warning 'Group Policy sets DisableLocalAdminMerge: Defender ignores exclusions added locally. Deliver them by policy instead.' }",
  );
  const cmdlet = action === 'remove' ? 'Remove-MpPreference' : 'Add-MpPreference';
  items.forEach((item, i) => {
    lines.push('', `# ${commentText(`${item.rule} (${item.kind}): ${item.rationale}`)}`);
    lines.push(`${cmdlet} -${defenderList(item.kind)} ${quotePowerShell(values[i]!)}`);
  });
  if (items.length === 0) lines.push('', '# Nothing to change.');
  const ascii = lines.every((line) => /^[\u0000-\u007f]*$/.test(line));
  if (!ascii) {
    warnings.push(
      'the script holds non-ASCII characters and starts with a byte-order mark: save it as UTF-8 with that mark, or Windows PowerShell 5.1 misreads it',
    );
    lines[0] = `\uFEFF${lines[0]!}`;
  }
  return { lines, data: defenderLists(items.map((item, i) => ({ list: defenderList(item.kind), value: values[i]! }))) };
}

/** The `defender-powershell` target: Windows, install and uninstall forms, Microsoft Defender Antivirus, CRLF. */
export const DEFENDER_POWERSHELL: TargetSpec = {
  id: 'defender-powershell',
  platforms: ['windows'],
  actions: ['add', 'remove'],
  scanner: 'defender',
  eol: '\r\n',
  render,
};

/**
 * Renders a Windows resolution as a Microsoft Defender Antivirus PowerShell script. The install form uses
 * `Add-MpPreference`, which adds to the existing lists (never `Set-MpPreference`, which would replace the admin's
 * other exclusions); `action: 'remove'` gives the matching `Remove-MpPreference` script with the same strings.
 * Running either twice is harmless. One command per item: directories, files, patterns and volumes go to
 * `-ExclusionPath`, processes to `-ExclusionProcess`, extensions to `-ExclusionExtension`.
 *
 * The script needs an elevated session (`#Requires -RunAsAdministrator`), stops at the first error, and warns
 * (read-only check) when the policy `DisableLocalAdminMerge` makes Defender ignore locally added exclusions. Its
 * header names the product, query and sources, so a SOC reviewer can tell it from an attack. Installer-managed items
 * and unresolved ones are listed in comments, never rendered.
 *
 * Every value is a single-quoted string with `'` and the typographic quotes ‘ ’ ‚ ‛ doubled, so a caller's path is
 * data, never code. CRLF line endings. When the script holds any non-ASCII character it starts with a byte-order mark
 * (U+FEFF): Windows PowerShell 5.1 reads a `.ps1` without one in the ANSI code page, where the UTF-8 bytes of, say,
 * `ё` include 0x91, read as ‘, which would end a quoted string early. Write `text` as UTF-8 and keep that mark.
 *
 * @param resolution - a Windows resolution
 * @param options - `action`, `includeManaged`
 * @returns the script; `data` holds the values passed to each list ({@link DefenderExclusionLists}); installer-managed
 *   items in `skipped` unless `includeManaged`
 * @throws AvExclusionsError `TARGET_PLATFORM_MISMATCH` (not Windows), `UNSAFE_VALUE` (control characters, user or
 *   unknown `%VARIABLES%`, unresolved placeholders, empty values)
 * @example
 * ```ts
 * import { renderExclusions, resolveExclusions } from 'av-exclusions';
 * const resolution = resolveExclusions({ product: 'azure-site-recovery', roles: ['vmware-to-azure/protected-vm'] });
 * const { text } = renderExclusions(resolution, 'defender-powershell');
 * console.log(text.split('\r\n').filter((line) => line.startsWith('Add-MpPreference')));
 * // [ "Add-MpPreference -ExclusionPath 'C:\\Program Files (x86)\\Azure Site Recovery'" ]
 * ```
 */
export function renderDefenderPowerShell(resolution: AnyResolution, options: RenderOptions = {}): RenderOutput {
  return renderWith(DEFENDER_POWERSHELL, resolution, options);
}
