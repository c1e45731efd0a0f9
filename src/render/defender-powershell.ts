/**
 * The `defender-powershell` target: a PowerShell script of `Add-MpPreference` (or `Remove-MpPreference`) lines.
 *
 * @module
 */
import {
  assertPlatform,
  assertRenderable,
  commentText,
  defenderList,
  headerLines,
  selectItems,
  unresolvedLines,
} from './common.js';
import { quotePowerShell } from './quote/powershell.js';
import type { Resolution } from '../types/resolution.js';
import type { RenderOptions, RenderOutput } from './types.js';

/**
 * Renders a Windows resolution as a Microsoft Defender Antivirus PowerShell script. The install form uses
 * `Add-MpPreference`, which adds to the existing lists (never `Set-MpPreference`, which would replace the admin's
 * other exclusions); `action: 'remove'` gives the matching `Remove-MpPreference` script with the same strings.
 * Running either twice is harmless. The script stops at the first error, warns when policy ignores local
 * exclusions (`DisableLocalAdminMerge`), and names the product, rules and sources in its header. Every value is a
 * single-quoted string, so a caller's path is data, never code. CRLF line endings.
 *
 * @param resolution - a Windows resolution
 * @param options - `action`, `includeManaged`
 * @returns the script; installer-managed items in `skipped` unless `includeManaged`
 * @throws AvExclusionsError `TARGET_PLATFORM_MISMATCH` (not Windows), `UNSAFE_VALUE` (control characters, user or
 *   unknown `%VARIABLES%`, unresolved placeholders)
 * @example
 * ```ts
 * import { renderExclusions, resolveExclusions } from 'av-exclusions';
 * const resolution = resolveExclusions({ product: 'azure-site-recovery', roles: ['vmware-to-azure/protected-vm'] });
 * const { text } = renderExclusions(resolution, 'defender-powershell');
 * console.log(text.split('\r\n').filter((line) => line.startsWith('Add-MpPreference')));
 * // [ "Add-MpPreference -ExclusionPath 'C:\\Program Files (x86)\\Azure Site Recovery'" ]
 * ```
 */
export function renderDefenderPowerShell(resolution: Resolution, options: RenderOptions = {}): RenderOutput {
  assertPlatform(resolution, 'defender-powershell', ['windows']);
  const action = options.action ?? 'add';
  const { items, skipped } = selectItems(resolution, options, true);
  const lines = headerLines(resolution, 'defender-powershell', action).map((l) => `# ${commentText(l)}`);
  const warnings: string[] = [];
  if (skipped.length) {
    lines.push('#', '# Left out: the product\'s installer manages these in Defender itself (render with --include-managed to add them):');
    for (const s of skipped) lines.push(`#   ${commentText(`${s.rule}: ${s.value ?? ''} (${s.reason})`)}`);
    warnings.push(`${skipped.length} installer-managed exclusion(s) left to the product's installer`);
  }
  const unresolved = unresolvedLines(resolution);
  if (unresolved.length) {
    lines.push('#', ...unresolved.map((l) => `# ${commentText(l)}`));
    warnings.push(`${resolution.unresolved.length} exclusion(s) need values only you know and were not rendered`);
  }
  lines.push(
    '',
    '#Requires -RunAsAdministrator',
    "$ErrorActionPreference = 'Stop'",
    "$policy = Get-ItemProperty -Path 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows Defender' -Name 'DisableLocalAdminMerge' -ErrorAction SilentlyContinue",
    "if ($policy -and $policy.DisableLocalAdminMerge -eq 1) { Write-Warning 'Group Policy sets DisableLocalAdminMerge: Defender ignores exclusions added locally. Deliver them by policy instead.' }",
  );
  const cmdlet = action === 'remove' ? 'Remove-MpPreference' : 'Add-MpPreference';
  for (const item of items) {
    assertRenderable(item.value, 'windows', 'defender-powershell');
    lines.push('', `# ${commentText(`${item.rule} (${item.kind}): ${item.rationale}`)}`);
    lines.push(`${cmdlet} -${defenderList(item.kind)} ${quotePowerShell(item.value)}`);
  }
  if (items.length === 0) lines.push('', '# Nothing to change.');
  return { target: 'defender-powershell', text: `${lines.join('\r\n')}\r\n`, skipped, warnings };
}
