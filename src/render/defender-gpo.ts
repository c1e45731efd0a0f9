/**
 * The `defender-gpo` target: a `.reg` file of the Defender exclusion policy keys.
 *
 * @module
 */
import type { Resolution } from '../types/resolution.js';
import { assertPlatform, assertRenderable, commentText, headerLines, selectItems, unresolvedLines } from './common.js';
import { quoteReg } from './quote/reg.js';
import type { RenderOptions, RenderOutput } from './types.js';

const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows Defender\\Exclusions';
const LISTS = [
  { kind: 'path', sub: 'Paths', switch: 'Exclusions_Paths' },
  { kind: 'process', sub: 'Processes', switch: 'Exclusions_Processes' },
  { kind: 'extension', sub: 'Extensions', switch: 'Exclusions_Extensions' },
] as const;

/**
 * Renders a Windows resolution as a `.reg` file for the Defender exclusion policy (the registry form of the Group
 * Policy settings "Path Exclusions", "Process Exclusions" and "Extension Exclusions"): value name = the item, data
 * `"0"`. The install form also switches the three policies on; `action: 'remove'` deletes only the values this
 * resolution added (`"item"=-`) and leaves the switches and any other values alone. CRLF line endings.
 * These keys belong to Group Policy: prefer delivering the same items through a GPO or Group Policy Preferences.
 *
 * @param resolution - a Windows resolution
 * @param options - `action`, `includeManaged`
 * @returns the file; installer-managed items in `skipped` unless `includeManaged`
 * @throws AvExclusionsError `TARGET_PLATFORM_MISMATCH`, `UNSAFE_VALUE`
 * @example
 * ```ts
 * import { renderExclusions, resolveExclusions } from 'av-exclusions';
 * const resolution = resolveExclusions({ product: 'azure-site-recovery', roles: ['vmware-to-azure/protected-vm'] });
 * console.log(renderExclusions(resolution, 'defender-gpo').text.includes('"C:\\\\Program Files (x86)\\\\Azure Site Recovery"="0"')); // true
 * ```
 */
export function renderDefenderGpo(resolution: Resolution, options: RenderOptions = {}): RenderOutput {
  assertPlatform(resolution, 'defender-gpo', ['windows']);
  const action = options.action ?? 'add';
  const { items, skipped } = selectItems(resolution, options, true);
  const warnings: string[] = [];
  const lines = ['Windows Registry Editor Version 5.00', ''];
  lines.push(...headerLines(resolution, 'defender-gpo', action).map((l) => `; ${commentText(l)}`));
  lines.push('; These keys belong to Group Policy; prefer a GPO or Group Policy Preferences item with the same values.');
  if (action === 'remove') lines.push('; Uninstall form: deletes only the values listed here; the policy switches and other values stay.');
  for (const s of skipped) lines.push(`; Left to the installer: ${commentText(`${s.rule}: ${s.value ?? ''} (${s.reason})`)}`);
  if (skipped.length) warnings.push(`${skipped.length} installer-managed exclusion(s) left to the product's installer`);
  const unresolved = unresolvedLines(resolution);
  lines.push(...unresolved.map((l) => `; ${commentText(l)}`));
  if (unresolved.length) warnings.push(`${resolution.unresolved.length} exclusion(s) need values only you know and were not rendered`);

  const byList = LISTS.map((list) => ({
    ...list,
    items: items.filter((i) => (list.kind === 'path' ? i.kind !== 'process' && i.kind !== 'extension' : i.kind === list.kind)),
  })).filter((list) => list.items.length > 0);
  if (action === 'add' && byList.length) {
    lines.push('', `[${KEY}]`, ...byList.map((list) => `${quoteReg(list.switch)}=dword:00000001`));
  }
  for (const list of byList) {
    lines.push('', `[${KEY}\\${list.sub}]`);
    for (const item of list.items) {
      assertRenderable(item.value, 'windows', 'defender-gpo');
      lines.push(`${quoteReg(item.value)}=${action === 'remove' ? '-' : '"0"'}`);
    }
  }
  if (items.some((i) => /[^\u0020-\u007e]/.test(i.value))) {
    warnings.push('some values are not ASCII: save the file as UTF-16 LE ("Unicode") before importing it with regedit or reg import');
  }
  return { target: 'defender-gpo', text: `${lines.join('\r\n')}\r\n`, skipped, warnings };
}
