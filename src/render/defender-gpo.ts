/**
 * The `defender-gpo` target: a `.reg` file of the Defender exclusion policy keys.
 *
 * @module
 */
import type { AnyResolution, ExclusionItem } from '../types/resolution.js';
import { addManagedNotice, addPendingNotices, commentText, headerLines } from './notices.js';
import { quoteReg } from './quote/reg.js';
import { type FormatResult, type RenderContext, renderWith, type TargetSpec } from './target.js';
import type { RenderOptions, RenderOutput } from './types.js';
import { defenderList, defenderLists, defenderValue } from './values/defender.js';

const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows Defender\\Exclusions';
const LISTS = [
  { list: 'ExclusionPath', sub: 'Paths', switch: 'Exclusions_Paths' },
  { list: 'ExclusionProcess', sub: 'Processes', switch: 'Exclusions_Processes' },
  { list: 'ExclusionExtension', sub: 'Extensions', switch: 'Exclusions_Extensions' },
] as const;

function render(context: RenderContext): FormatResult {
  const { resolution, action, items, warnings } = context;
  const rendered = items.map((item: ExclusionItem) => ({ list: defenderList(item.kind), value: defenderValue(item, 'defender-gpo') }));
  const comment = (l: string): string[] => [`; ${commentText(l)}`];
  const lines = ['Windows Registry Editor Version 5.00', ''];
  lines.push(...headerLines(resolution, 'defender-gpo', action).flatMap(comment));
  lines.push(
    '; These keys belong to Group Policy: a GPO (Computer Configuration > Administrative Templates > Windows Components >',
    '; Microsoft Defender Antivirus > Exclusions) or a Group Policy Preferences registry item with the same values is the',
    '; preferred owner. Values written directly are tracked by no GPO, so they are hard to trace back and remove later.',
  );
  if (action === 'remove') {
    lines.push(
      '; Uninstall form: deletes only the values listed here. The policy switches (Exclusions_Paths, Exclusions_Processes,',
      '; Exclusions_Extensions) are left as they are, since other items or policies may still need them.',
    );
  }
  addManagedNotice(context, lines, comment, 'inline');
  addPendingNotices(resolution, lines, warnings, comment);

  const byList = LISTS.map((list) => ({ ...list, values: rendered.filter((r) => r.list === list.list).map((r) => r.value) })).filter(
    (list) => list.values.length > 0,
  );
  if (action === 'add' && byList.length) {
    lines.push('', `[${KEY}]`, ...byList.map((list) => `${quoteReg(list.switch)}=dword:00000001`));
  }
  for (const list of byList) {
    lines.push('', `[${KEY}\\${list.sub}]`);
    for (const value of list.values) lines.push(`${quoteReg(value)}=${action === 'remove' ? '-' : '"0"'}`);
  }
  if (!byList.length) lines.push('', '; Nothing to change.');
  if (rendered.some((r) => /[^\u0020-\u007e]/.test(r.value))) {
    warnings.push('some values are not ASCII: save the file as UTF-16 LE ("Unicode") before importing it with regedit or reg import');
  }
  return { lines, data: defenderLists(rendered) };
}

/** The `defender-gpo` target: Windows, install and uninstall forms, Microsoft Defender Antivirus, CRLF. */
export const DEFENDER_GPO: TargetSpec = {
  id: 'defender-gpo',
  platforms: ['windows'],
  actions: ['add', 'remove'],
  scanner: 'defender',
  eol: '\r\n',
  render,
};

/**
 * Renders a Windows resolution as a `.reg` file (REGEDIT5) for the Defender exclusion policy: the registry form of
 * the Group Policy settings "Path Exclusions", "Process Exclusions" and "Extension Exclusions". Under
 * `HKLM\SOFTWARE\Policies\Microsoft\Windows Defender\Exclusions`, the sub-keys `Paths`, `Processes` and `Extensions`
 * get one value per item: value name = the item (`\` and `"` escaped), data `"0"`. The install form also switches
 * on the policies that have items (`"Exclusions_Paths"=dword:00000001` …).
 *
 * `action: 'remove'` deletes only the values this resolution adds (`"item"=-`): never a whole key, since other
 * policies may own values there, and the policy switches stay as they are. These keys belong to Group Policy: the
 * file says so and recommends a GPO or Group Policy Preferences item with the same values. CRLF line endings; a file
 * with non-ASCII values must be saved as UTF-16 LE before `regedit` or `reg import` reads it (a warning says so).
 *
 * @param resolution - a Windows resolution
 * @param options - `action`, `includeManaged`
 * @returns the file; `data` holds the value names written under each key ({@link DefenderExclusionLists});
 *   installer-managed items in `skipped` unless `includeManaged`
 * @throws AvExclusionsError `TARGET_PLATFORM_MISMATCH` (not Windows), `UNSAFE_VALUE` (control characters, user or
 *   unknown `%VARIABLES%`, unresolved placeholders, empty values)
 * @example
 * ```ts
 * import { renderExclusions, resolveExclusions } from 'av-exclusions';
 * const resolution = resolveExclusions({ product: 'azure-site-recovery', roles: ['vmware-to-azure/protected-vm'] });
 * console.log(renderExclusions(resolution, 'defender-gpo').text.includes('"C:\\\\Program Files (x86)\\\\Azure Site Recovery"="0"')); // true
 * ```
 */
export function renderDefenderGpo(resolution: AnyResolution, options: RenderOptions = {}): RenderOutput {
  return renderWith(DEFENDER_GPO, resolution, options);
}
